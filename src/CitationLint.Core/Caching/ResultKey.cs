using System.Globalization;
using System.Text;
using CitationLint.Configuration;
using CitationLint.Output;
using CitationLint.Rules;
using CitationLint.Statutes.Table;

namespace CitationLint.Caching;

/// <summary>
/// What a file's checked result depends on, as the key it is cached under — everything that can change a finding, so
/// a cached result is reused only where a fresh check would give the same:
/// <list type="bullet">
/// <item>the run: the build (CitationLint's version and the identity of the assembly that holds the code and the
/// compiled statute table — a deterministic build of other sources or data is another module), the date citations are
/// judged at (today, or --as-of: an undated document is judged then, and stale numbers against the versions in force
/// then), and the language of the messages (<see cref="ForRun"/>);</item>
/// <item>the file: its bytes, its path as the run reports it (its format follows its extension, and the path is in
/// every report), the severities .editorconfig gives each rule for it, and the findings the baseline records for it
/// (<see cref="ForFile"/>).</item>
/// </list>
/// Inline disable comments and the front matter date are in the bytes.
/// </summary>
public static class ResultKey
{
    /// <summary>The run's part of every file's key.</summary>
    public static string ForRun(DateOnly asOf, CultureInfo culture) =>
        string.Join(
            "|",
            ToolVersion.Current,
            typeof(StatuteTable).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
            asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            MessageLanguage.IsChinese(culture) ? "zh" : "en");

    /// <summary>The key of one file's result.</summary>
    /// <param name="run">The run's part (<see cref="ForRun"/>).</param>
    /// <param name="path">The path as the run reports it.</param>
    /// <param name="content">The file's bytes, as read.</param>
    /// <param name="severities">The severities .editorconfig gives the rules for the file.</param>
    /// <param name="baseline">The run's baseline.</param>
    public static string ForFile(string run, string path, ReadOnlySpan<byte> content, EditorConfigSeverities.FileSeverities severities, Baseline baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        return ContentHash.Of(string.Join("\u0001", run, path, ContentHash.Of(content), Severities(severities), baseline.RecordedFor(path)));
    }

    /// <summary>Each rule's severity for a file, in ID order (one letter a rule).</summary>
    public static string Severities(EditorConfigSeverities.FileSeverities severities)
    {
        var key = new StringBuilder(RuleCatalog.All.Count);
        foreach (var rule in RuleCatalog.All)
            key.Append((char)('a' + (int)severities.SeverityFor(rule)));
        return key.ToString();
    }
}
