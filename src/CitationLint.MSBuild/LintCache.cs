using System.Text.Json;
using CitationLint.Documents;
using CitationLint.Output;
using Diagnostic = CitationLint.Rules.Diagnostic;
using DiagnosticSeverity = CitationLint.Rules.DiagnosticSeverity;

namespace CitationLint.MSBuild;

/// <summary>
/// Findings of unchanged files (and how many the baseline forgave), keyed by the file's full path, content and
/// configuration; a new run key empties it. It lives under obj/, so full paths are its own spelling: one per file.
/// </summary>
internal sealed class LintCache(string runKey)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private Dictionary<string, (string Key, List<Entry> Entries, int Forgiven)> _files = new(StringComparer.Ordinal);

    public sealed record Entry(string Id, DiagnosticSeverity Severity, int Line, int Column, int EndLine, int EndColumn, string Message, string HelpLink)
    {
        public static Entry From(SourceDocument document, Diagnostic diagnostic)
        {
            var start = document.GetPosition(diagnostic.Span.Start);
            var end = document.GetPosition(diagnostic.Span.End);
            return new Entry(diagnostic.Id, diagnostic.Severity, start.Line, start.Column, end.Line, end.Column, diagnostic.Message, diagnostic.Descriptor.HelpLink);
        }
    }

    private sealed record Stored(string RunKey, Dictionary<string, StoredFile> Files);

    private sealed record StoredFile(string Key, List<Entry> Entries, int Forgiven);

    // The cache is untrusted input (anyone can edit obj/): a header with its format and a hash of the rest, and
    // every entry checked, or the cache is rebuilt — a damaged entry must never hide a finding.
    private const string Header = "citationlint-cache 2 ";

    public static LintCache Read(string file, string runKey)
    {
        var cache = new LintCache(runKey);
        try
        {
            if (!File.Exists(file))
                return cache;
            var content = File.ReadAllText(file);
            var newline = content.IndexOf('\n', StringComparison.Ordinal);
            if (!content.StartsWith(Header, StringComparison.Ordinal) || newline < 0
                || content[Header.Length..newline] != CitationHash.Of(content[(newline + 1)..]))
                return cache;
            if (JsonSerializer.Deserialize<Stored>(content[(newline + 1)..], Json) is { Files: { } files } stored && stored.RunKey == runKey
                && files.All(f => f.Key is not null && f.Value is { Key: not null, Entries: { } entries } && entries.All(Valid)))
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

    // A finding a check could have made: a known rule, a severity it can have, a place and a message.
    private static bool Valid(Entry? entry) =>
        entry is { Id: not null, Message: not null, HelpLink: not null, Line: >= 1, Column: >= 1 }
        && Rules.RuleCatalog.Find(entry.Id) is not null && Enum.IsDefined(entry.Severity) && entry.Severity != DiagnosticSeverity.None;

    public bool TryGet(string path, string key, out List<Entry> entries, out int forgiven)
    {
        entries = [];
        forgiven = 0;
        if (!_files.TryGetValue(path, out var found) || found.Key != key)
            return false;
        entries = found.Entries;
        forgiven = found.Forgiven;
        return true;
    }

    public void Set(string path, string key, List<Entry> entries, int forgiven) => _files[path] = (key, entries, forgiven);

    public void Write(string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        var stored = new Stored(runKey, _files.ToDictionary(f => f.Key, f => new StoredFile(f.Value.Key, f.Value.Entries, f.Value.Forgiven), StringComparer.Ordinal));
        var json = JsonSerializer.Serialize(stored, Json);
        AtomicFile.WriteAllText(file, Header + CitationHash.Of(json) + "\n" + json);
    }
}

/// <summary>The short content hash the task keys its cache with (and the cache checks itself with).</summary>
internal static class CitationHash
{
    public static string Of(string text) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..32];
}
