using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CitationLint.Rules;

namespace CitationLint.Configuration;

/// <summary>
/// Findings recorded by <c>citationlint baseline</c>, so that later runs report only new ones (design §8). A finding
/// is identified by file, rule, the cited text and the message — not by line, so edits elsewhere in the file do
/// not bring it back; a finding recorded twice is forgiven twice.
/// </summary>
public sealed class Baseline
{
    /// <summary>The default file name, in the folder the command runs in.</summary>
    public const string DefaultFileName = ".citationlint-baseline.json";

    // Source-generated, so the native (AOT) CLI reads and writes baselines without reflection.
    private static readonly BaselineJsonContext Json = new(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private readonly Dictionary<string, int> _counts;

    private Baseline(Dictionary<string, int> counts) => _counts = counts;

    /// <summary>A baseline that forgives nothing.</summary>
    public static Baseline Empty { get; } = new([]);

    /// <summary>One recorded finding.</summary>
    public sealed record Entry(string Path, string Id, string Text, string Message);

    /// <summary>Reads a baseline file; throws <see cref="FormatException"/> naming the file when it is not one.</summary>
    public static Baseline Read(string file)
    {
        try
        {
            var entries = JsonSerializer.Deserialize(File.ReadAllText(file), Json.ListEntry) ?? [];
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var entry in entries)
                counts[Key(entry)] = counts.GetValueOrDefault(Key(entry)) + 1;
            return new Baseline(counts);
        }
        catch (JsonException e)
        {
            throw new FormatException($"{file}: not a CitationLint baseline ({e.Message})", e);
        }
    }

    /// <summary>Writes the entries, sorted, as the baseline file.</summary>
    public static void Write(string file, IEnumerable<Entry> entries) =>
        File.WriteAllText(file, JsonSerializer.Serialize(entries.OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal).ThenBy(e => e.Text, StringComparer.Ordinal).ToList(), Json.ListEntry) + "\n");

    /// <summary>A filter for one run: each recorded finding forgives one matching diagnostic.</summary>
    public Func<Entry, bool> NewFilter()
    {
        var remaining = new Dictionary<string, int>(_counts, StringComparer.Ordinal);
        return entry =>
        {
            var key = Key(entry);
            if (remaining.TryGetValue(key, out var count) && count > 0)
            {
                remaining[key] = count - 1;
                return false;
            }

            return true;
        };
    }

    /// <summary>The entry for a diagnostic.</summary>
    public static Entry EntryFor(string path, Diagnostic diagnostic, string text) =>
        new(path.Replace('\\', '/'), diagnostic.Id, text, diagnostic.Message);

    private static string Key(Entry entry) => $"{entry.Path}\u0001{entry.Id}\u0001{entry.Text}\u0001{entry.Message}";
}

/// <summary>The baseline file's JSON shape.</summary>
[JsonSerializable(typeof(List<Baseline.Entry>))]
internal sealed partial class BaselineJsonContext : JsonSerializerContext;
