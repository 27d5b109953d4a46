using System.Text.Json;
using CitationLint.Caching;
using CitationLint.Output;

namespace CitationLint.MSBuild;

/// <summary>
/// Findings of unchanged files (and how many the baseline forgave), keyed by the file's full path and its
/// <see cref="ResultKey"/> (bytes, severities, baseline entries); a new run key (<see cref="ResultKey.ForRun"/>) empties
/// it. It lives under obj/, so full paths are its own spelling: one per file. It is one file, sealed and checked as the
/// CLI's <see cref="ResultCache"/> entries are (<see cref="CacheEnvelope"/>, <see cref="ResultCache.Sound"/>).
/// </summary>
internal sealed class LintCache(string runKey)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private Dictionary<string, (string Key, List<ReportedDiagnostic> Entries, int Forgiven)> _files = new(StringComparer.Ordinal);

    private sealed record Stored(string RunKey, Dictionary<string, StoredFile> Files);

    private sealed record StoredFile(string Key, List<ReportedDiagnostic> Entries, int Forgiven);

    private const string Format = "citationlint-cache 2";

    public static LintCache Read(string file, string runKey)
    {
        var cache = new LintCache(runKey);
        try
        {
            if (!File.Exists(file) || !CacheEnvelope.TryOpen(File.ReadAllText(file), Format, out var body))
                return cache;
            if (JsonSerializer.Deserialize<Stored>(body, Json) is { Files: { } files } stored && stored.RunKey == runKey
                && files.All(f => f.Key is not null && f.Value is { Key: not null, Entries: { } entries } && entries.All(ResultCache.Sound)))
            {
                cache._files = files.ToDictionary(f => f.Key, f => (f.Value.Key, f.Value.Entries, f.Value.Forgiven), StringComparer.Ordinal);
            }
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            // A damaged or unreadable cache is rebuilt.
        }

        return cache;
    }

    public bool TryGet(string path, string key, out List<ReportedDiagnostic> entries, out int forgiven)
    {
        entries = [];
        forgiven = 0;
        if (!_files.TryGetValue(path, out var found) || found.Key != key)
            return false;
        entries = found.Entries;
        forgiven = found.Forgiven;
        return true;
    }

    public void Set(string path, string key, List<ReportedDiagnostic> entries, int forgiven) => _files[path] = (key, entries, forgiven);

    public void Write(string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        var stored = new Stored(runKey, _files.ToDictionary(f => f.Key, f => new StoredFile(f.Value.Key, f.Value.Entries, f.Value.Forgiven), StringComparer.Ordinal));
        AtomicFile.WriteAllText(file, CacheEnvelope.Seal(Format, JsonSerializer.Serialize(stored, Json)));
    }
}
