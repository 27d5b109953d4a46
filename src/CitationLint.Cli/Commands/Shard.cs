using System.Globalization;
using CitationLint.Configuration;

namespace CitationLint.Cli.Commands;

/// <summary>
/// One of <see cref="Count"/> parts of a run's files (<c>check --shard K/N</c>), so N machines or jobs can each check a
/// part. A file belongs to the part its path picks: a 64-bit FNV-1a hash of the path relative to the current folder
/// with <c>/</c> between folders (as a baseline records it), modulo N. That depends on nothing but the path — not the
/// machine, the process (string.GetHashCode is randomised per process), the other files or their order — so every
/// checkout of the same tree, run from its root, splits the same way: the N parts are disjoint and cover every file.
/// </summary>
/// <param name="Number">K: which part, 1 to <paramref name="Count"/>.</param>
/// <param name="Count">N: how many parts.</param>
internal sealed record Shard(int Number, int Count)
{
    /// <summary>Reads K/N; null when it is not two whole numbers with 1 ≤ K ≤ N.</summary>
    public static Shard? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        return slash > 0
            && int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && number >= 1 && number <= count
            ? new Shard(number, count)
            : null;
    }

    /// <summary>Whether the file at <paramref name="path"/> (as the run reports it) is this part's.</summary>
    public bool Holds(string path) => (int)(Hash(Baseline.RelativePath("", path)) % (ulong)Count) == Number - 1;

    // FNV-1a, 64 bits, over the path's UTF-8 bytes: short, fixed by its specification, the same on every platform.
    internal static ulong Hash(string path)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(path))
            hash = (hash ^ b) * 1099511628211UL;
        return hash;
    }
}
