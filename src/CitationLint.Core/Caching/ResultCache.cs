using System.Text.Json;
using System.Text.Json.Serialization;
using CitationLint.Documents;
using CitationLint.Output;
using CitationLint.Rules;

namespace CitationLint.Caching;

/// <summary>
/// Checked files' reports kept in a folder between runs (the CLI's <c>--cache DIR</c>), content-addressed: one file a
/// result, named by its <see cref="ResultKey"/>, so a file whose bytes, path, settings or run changed is simply not
/// found and is checked again, and nothing ever needs invalidating. Each entry is written whole or not at all
/// (<see cref="AtomicFile"/>: a temporary file renamed over it), so runs sharing the folder — shards on one machine —
/// never see one half written; two runs writing the same entry write the same bytes. An entry is checked when read
/// (<see cref="CacheEnvelope"/>, its key, its path, every finding a check could have made): anything off and the file
/// is checked again. Old entries are never removed: delete the folder to reclaim the space.
/// </summary>
/// <param name="folder">The cache folder; made when the first entry is written.</param>
public sealed class ResultCache(string folder)
{
    /// <summary>An entry's format, on its first line (<see cref="CacheEnvelope"/>).</summary>
    public const string Format = "citationlint-result 1";

    // Chinese as it is: an entry is half the size, and readable.
    private static readonly ResultCacheJson Json = new(new JsonSerializerOptions { WriteIndented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>The cache folder.</summary>
    public string Folder { get; } = folder ?? throw new ArgumentNullException(nameof(folder));

    /// <summary>The report kept under <paramref name="key"/> for the file at <paramref name="path"/>, if there is a sound one.</summary>
    public bool TryGet(string key, string path, out FileReport report)
    {
        ArgumentNullException.ThrowIfNull(key);
        report = null!;
        try
        {
            var file = EntryPath(key);
            if (!File.Exists(file) || !CacheEnvelope.TryOpen(File.ReadAllText(file), Format, out var body))
                return false;
            if (JsonSerializer.Deserialize(body, Json.Entry) is not { } entry || entry.Key != key || !Sound(entry.Report, path))
                return false;
            report = entry.Report!;
            return true;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return false; // a damaged or unreadable entry: the file is checked again, and the entry rewritten
        }
    }

    /// <summary>Keeps <paramref name="report"/> under <paramref name="key"/>; an <see cref="IOException"/> when it cannot.</summary>
    public void Set(string key, FileReport report)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(report);
        var file = EntryPath(key);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new IOException($"{Folder}: {e.Message}", e);
        }

        AtomicFile.WriteAllText(file, CacheEnvelope.Seal(Format, JsonSerializer.Serialize(new Entry(key, report), Json.Entry)), durable: false);
    }

    // 256 subfolders by the key's first two characters, so no folder grows to hundreds of thousands of files.
    private string EntryPath(string key) =>
        key.Length == 32 && key.All(Uri.IsHexDigit) ? Path.Combine(Folder, key[..2], key + ".json") : throw new ArgumentException("not a result key", nameof(key));

    // A report a check of the file could have given: its path, and every citation and finding whole and in its place.
    private static bool Sound(FileReport? report, string path) =>
        report is { Path: { } reported, Citations: { } citations, Diagnostics: { } diagnostics, ReferenceCount: >= 0, Forgiven: >= 0 }
        && reported == path
        && citations.All(c => c is { Text: not null } && Sound(c.Start, c.End) && (c.Evidence is null or { Kind: not null, Version: not null, Article: not null }))
        && diagnostics.All(Sound)
        && (report.ReadingNote is null || Enum.IsDefined(report.ReadingNote.Kind));

    /// <summary>
    /// Whether a finding read from a cache is one a check could have made: a known rule, a severity it can have after
    /// configuration (none drops it), a message, a place, and a whole fix if any. Shared by every cache of findings.
    /// </summary>
    public static bool Sound(ReportedDiagnostic? diagnostic) =>
        diagnostic is { Id: not null, Message: not null }
        && RuleCatalog.Find(diagnostic.Id) is not null
        && Enum.IsDefined(diagnostic.Severity) && diagnostic.Severity != DiagnosticSeverity.None
        && Sound(diagnostic.Span)
        && (diagnostic.Fix is null || (diagnostic.Fix.Replacement is not null && Sound(diagnostic.Fix.Span)));

    private static bool Sound(ReportedSpan? span) => span is { Offset: >= 0, Length: >= 0 } && Sound(span.Start, span.End);

    private static bool Sound(LinePosition start, LinePosition end) =>
        start.Line >= 1 && start.Column >= 1 && end.Line >= start.Line && end.Column >= 1;

    internal sealed record Entry(string? Key, FileReport? Report);
}

/// <summary>The cache entries' JSON shape, source-generated so the native (AOT) CLI reads and writes it without reflection.</summary>
[JsonSerializable(typeof(ResultCache.Entry))]
internal sealed partial class ResultCacheJson : JsonSerializerContext;
