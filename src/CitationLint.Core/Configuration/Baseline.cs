using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CitationLint.Rules;

namespace CitationLint.Configuration;

/// <summary>
/// Findings recorded by <c>citationlint baseline</c>, so that later runs report only new ones (design §8). A finding
/// is identified by file, rule, the cited text and the message — not by line, so edits elsewhere in the file do
/// not bring it back; a finding recorded twice is forgiven twice. Paths are stored relative to the baseline file's
/// folder, with <c>/</c>, and a checked file is matched by its full path made relative to that folder, so a baseline
/// forgives its findings whatever spelling (<c>a.md</c>, <c>./a.md</c>, absolute, from a parent or a subfolder) the
/// command line used.
/// </summary>
public sealed class Baseline
{
    /// <summary>The default file name, in the folder the command runs in.</summary>
    public const string DefaultFileName = ".citationlint-baseline.json";

    // Source-generated, so the native (AOT) CLI reads and writes baselines without reflection.
    private static readonly BaselineJsonContext Json = new(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private readonly Dictionary<string, int> _counts;
    private readonly string _folder;

    private readonly Lazy<Dictionary<string, string>> _recorded;

    private Baseline(Dictionary<string, int> counts, string folder)
    {
        _counts = counts;
        _folder = folder;
        _recorded = new Lazy<Dictionary<string, string>>(() => counts
            .GroupBy(c => c.Key.Substring(0, c.Key.IndexOf('\u0001')), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join("\u0002", g.Select(c => c.Key + "\u0001" + c.Value).OrderBy(k => k, StringComparer.Ordinal)), StringComparer.Ordinal));
    }

    /// <summary>A baseline that forgives nothing.</summary>
    public static Baseline Empty { get; } = new([], "");

    /// <summary>One recorded finding.</summary>
    public sealed record Entry(string Path, string Id, string Text, string Message);

    /// <summary>Reads a baseline file; throws <see cref="FormatException"/> naming the file when it is not one.</summary>
    public static Baseline Read(string file)
    {
        if (Directory.Exists(file))
            throw new FormatException($"{file}: a folder, not a baseline file");
        try
        {
            var entries = JsonSerializer.Deserialize(File.ReadAllText(file), Json.ListEntry) ?? [];
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < entries.Count; i++)
            {
                // Hand-edited or truncated baselines: every field is needed to match a finding.
                var entry = entries[i] ?? throw new FormatException($"{file}: entry {i + 1} is null, not a finding");
                if (entry.Path is null || entry.Id is null || entry.Text is null || entry.Message is null)
                    throw new FormatException($"{file}: entry {i + 1} lacks {(entry.Path is null ? "Path" : entry.Id is null ? "Id" : entry.Text is null ? "Text" : "Message")}");
                // Baselines written before paths were relative to their folder hold "./a.md" (the spelling given).
                var key = Key(entry with { Path = Stored(entry.Path) });
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }

            return new Baseline(counts, FolderOf(file));
        }
        catch (JsonException e)
        {
            throw new FormatException($"{file}: not a CitationLint baseline ({e.Message})", e);
        }
    }

    /// <summary>Writes the entries, sorted, as the baseline file, their paths made relative to its folder.</summary>
    public static void Write(string file, IEnumerable<Entry> entries)
    {
        var folder = FolderOf(file);
        entries = entries.Select(e => e with { Path = RelativePath(folder, e.Path) });
        var json = JsonSerializer.Serialize(entries.OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal).ThenBy(e => e.Text, StringComparer.Ordinal).ToList(), Json.ListEntry) + "\n";
#if NET
        Output.AtomicFile.WriteAllText(file, json); // a full disk must not cost the old baseline
#else
        File.WriteAllText(file, json);
#endif
    }

    /// <summary>A filter for one run: each recorded finding forgives one matching diagnostic.</summary>
    public Func<Entry, bool> NewFilter()
    {
        if (_counts.Count == 0)
            return static _ => true; // no baseline: no path to relativise and no key to build for each finding
        var remaining = new Dictionary<string, int>(_counts, StringComparer.Ordinal);
        return entry =>
        {
            var key = Key(entry with { Path = RelativePath(_folder, entry.Path) });
            if (remaining.TryGetValue(key, out var count) && count > 0)
            {
                remaining[key] = count - 1;
                return false;
            }

            return true;
        };
    }

    /// <summary>
    /// The findings recorded for the file at <paramref name="path"/> (as given; the baseline relativises it), with their
    /// counts, as one string: all of the baseline that the file's result depends on ("" when none).
    /// </summary>
    public string RecordedFor(string path) => _recorded.Value.TryGetValue(RelativePath(_folder, path), out var recorded) ? recorded : "";

    /// <summary>
    /// The entry for a diagnostic in the file at <paramref name="path"/> (as given; the baseline relativises it). It
    /// records the English message, so a baseline written in one language forgives the same findings in another.
    /// </summary>
    public static Entry EntryFor(string path, Diagnostic diagnostic, string text) =>
        new(path, diagnostic.Id, text, diagnostic.EnglishMessage);

    /// <summary>
    /// A file's path as a baseline in <paramref name="folder"/> records it: relative to the folder, with <c>/</c>,
    /// without "./" (the current folder when <paramref name="folder"/> is empty).
    /// </summary>
    public static string RelativePath(string folder, string path) =>
        Stored(Path.GetRelativePath(folder.Length == 0 ? Directory.GetCurrentDirectory() : folder, Path.GetFullPath(path)));

    private static string FolderOf(string file) => Path.GetDirectoryName(Path.GetFullPath(file)) ?? "";

    private static string Stored(string path)
    {
        path = path.Replace('\\', '/');
        while (path.StartsWith("./", StringComparison.Ordinal))
            path = path.Substring(2);
        return path;
    }

    private static string Key(Entry entry) => $"{entry.Path}\u0001{entry.Id}\u0001{entry.Text}\u0001{entry.Message}";
}

/// <summary>The baseline file's JSON shape.</summary>
[JsonSerializable(typeof(List<Baseline.Entry>))]
internal sealed partial class BaselineJsonContext : JsonSerializerContext;
