using System.Globalization;
using CitationLint.Caching;
using CitationLint.Configuration;
using CitationLint.Documents;
using CitationLint.Output;
using CitationLint.Statutes.Table;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using DiagnosticSeverity = CitationLint.Rules.DiagnosticSeverity;
using Task = Microsoft.Build.Utilities.Task;

namespace CitationLint.MSBuild;

/// <summary>
/// The MSBuild task: checks the CitationLintFile items and logs every diagnostic through MSBuild with file, line,
/// column, end position, code and help link, so errors fail the build. Files whose content, .editorconfig chain and
/// run settings are unchanged are not re-checked: their findings come from a cache under obj/. A baseline (the
/// CitationLintBaseline property, by default .citationlint-baseline.json beside the project) forgives the findings
/// it records, as <c>citationlint check</c>'s does.
/// </summary>
public sealed class CitationLintTask : Task
{
    /// <summary>The documents to check.</summary>
    [Required]
    public ITaskItem[] Files { get; set; } = [];

    /// <summary>Run as of this date (YYYY-MM-DD) instead of today.</summary>
    public string? AsOf { get; set; }

    /// <summary>Log warnings as errors.</summary>
    public bool WarningsAsErrors { get; set; }

    /// <summary>Also write SARIF 2.1.0 here.</summary>
    public string? SarifOutput { get; set; }

    /// <summary>A baseline file (<c>citationlint baseline</c>), its paths relative to its own folder.</summary>
    public string? Baseline { get; set; }

    /// <summary>
    /// The language of the messages: zh-CN (any zh) for Chinese, en for English; empty follows the build's UI culture
    /// (Chinese under a zh culture, else English).
    /// </summary>
    public string? Language { get; set; }

    /// <summary>Where unchanged files' findings are kept between builds.</summary>
    public string? CacheFile { get; set; }

    /// <summary>Files checked in this run (the others came from the cache).</summary>
    [Output]
    public int CheckedCount { get; private set; }

    /// <inheritdoc/>
    public override bool Execute()
    {
        var asOf = LocalClock.Today;
        if (!string.IsNullOrWhiteSpace(AsOf) && !DateOnly.TryParseExact(AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
        {
            Log.LogError(null, "CL9000", null, null, 0, 0, 0, 0, $"CitationLintAsOf '{AsOf}' is not a date in the form YYYY-MM-DD");
            return false;
        }

        Configuration.Baseline baseline;
        try
        {
            baseline = string.IsNullOrWhiteSpace(Baseline) ? Configuration.Baseline.Empty : Configuration.Baseline.Read(Baseline);
        }
        catch (Exception e) when (e is FormatException or IOException)
        {
            Log.LogError(null, "CL9000", null, Baseline, 0, 0, 0, 0, e is FileNotFoundException ? "no such baseline file" : e.Message);
            return false;
        }

        var culture = MessageLanguage.CultureOf(Language) ?? (MessageLanguage.IsChinese(CultureInfo.CurrentUICulture) ? MessageLanguage.Chinese : CultureInfo.InvariantCulture);
        var runKey = ResultKey.ForRun(asOf, culture);
        var useCache = CacheFile is not null && string.IsNullOrWhiteSpace(SarifOutput);
        var cache = useCache ? LintCache.Read(CacheFile!, runKey) : new LintCache(runKey);
        var checker = new CitationChecker(StatuteTable.Default, () => QuoteIndex.Default, asOf, culture);
        var policy = new DiagnosticPolicy(new EditorConfigSeverities(), baseline);
        var report = new List<CheckedDocument>();
        var forgiven = 0;
        foreach (var item in Files.OrderBy(f => f.ItemSpec, StringComparer.Ordinal))
        {
            var path = item.ItemSpec;
            var fullPath = item.GetMetadata("FullPath") is { Length: > 0 } full ? full : Path.GetFullPath(path);
            string key;
            try
            {
                // Read as a check reads it: bounded, regular files only (a FIFO named x.md must not hang the build). The
                // key is the CLI cache's, by the full path: the baseline finds the file's entries by it.
                key = ResultKey.ForFile(runKey, fullPath, DocumentReader.ReadBytes(fullPath), policy.Severities.ForFile(fullPath), baseline);
            }
            catch (DocumentReadException e) when (e.Skipped)
            {
                Log.LogMessage(MessageImportance.Normal, $"CitationLint: {path}: {e.Problem}");
                continue;
            }
            catch (Exception e) when (e is IOException or DocumentReadException)
            {
                Log.LogError(null, "CL9000", null, path, 0, 0, 0, 0, e is DocumentReadException d ? d.Problem : e.Message);
                continue;
            }

            if (useCache && cache.TryGet(fullPath, key, out var cached, out var cachedForgiven))
            {
                foreach (var diagnostic in cached)
                    Emit(path, diagnostic);
                forgiven += cachedForgiven;
                continue;
            }

            try
            {
                var result = checker.Check(DocumentReader.ReadFile(path));
                var analysis = result.Analysis;
                var diagnostics = policy.Apply(analysis, result.Diagnostics, out var fileForgiven);
                CheckedCount++;
                forgiven += fileForgiven;
                report.Add(new CheckedDocument(analysis, diagnostics) { Forgiven = fileForgiven });
                var entries = FileReport.Of(new CheckedDocument(analysis, diagnostics)).Diagnostics.ToList();
                cache.Set(fullPath, key, entries, fileForgiven);
                foreach (var entry in entries)
                    Emit(path, entry);
            }
            catch (DocumentReadException e)
            {
                Log.LogError(null, "CL9000", null, path, 0, 0, 0, 0, e.Problem);
            }
        }

        foreach (var warning in policy.Severities.Warnings.OrderBy(w => w.File, StringComparer.Ordinal).ThenBy(w => w.Line))
            Log.LogWarning(null, "CL9001", null, warning.File, warning.Line, 0, 0, 0, warning.Message);
        if (useCache)
        {
            try
            {
                cache.Write(CacheFile!);
            }
            catch (IOException e)
            {
                Log.LogWarning(null, "CL9001", null, CacheFile, 0, 0, 0, 0, e.Message); // the next build checks every file again
            }
        }

        if (!string.IsNullOrWhiteSpace(SarifOutput))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(SarifOutput))!);
            var sarif = new CheckReport(ToolVersion.Current, asOf, report);
            try
            {
                AtomicFile.Write(SarifOutput, stream => SarifReportFormatter.Write(sarif, stream, Directory.GetCurrentDirectory(), culture)); // %SRCROOT%: MSBuild runs a task in its project's folder
            }
            catch (IOException e)
            {
                Log.LogError(null, "CL9000", null, SarifOutput, 0, 0, 0, 0, e.Message);
            }
        }

        var forgivenNote = forgiven > 0 ? Summary(culture, "Forgiven", forgiven) : "";
        Log.LogMessage(MessageImportance.High, Summary(culture, "Summary", Files.Length, CheckedCount, Files.Length - CheckedCount, forgivenNote));
        return !Log.HasLoggedErrors;
    }

    private static readonly System.Resources.ResourceManager Texts = new("CitationLint.MSBuild.TaskResources", typeof(CitationLintTask).Assembly);

    private static string Summary(CultureInfo culture, string key, params object[] arguments) =>
        string.Format(culture, MessageLanguage.Text(Texts, key, culture), arguments);

    private void Emit(string file, ReportedDiagnostic d)
    {
        var help = Rules.RuleCatalog.Find(d.Id)!.HelpLink;
        var (start, end) = (d.Span.Start, d.Span.End);
        switch (d.Severity)
        {
            case DiagnosticSeverity.Error:
            case DiagnosticSeverity.Warning when WarningsAsErrors:
                Log.LogError(null, d.Id, null, help, file, start.Line, start.Column, end.Line, end.Column, d.Message);
                break;
            case DiagnosticSeverity.Warning:
                Log.LogWarning(null, d.Id, null, help, file, start.Line, start.Column, end.Line, end.Column, d.Message);
                break;
            case DiagnosticSeverity.Suggestion:
                Log.LogMessage(null, d.Id, null, file, start.Line, start.Column, end.Line, end.Column, MessageImportance.High, d.Message);
                break;
        }
    }
}
