using System.Globalization;
using CitationLint.Documents;
using CitationLint.Rules;

namespace CitationLint.Output;

/// <summary>
/// One checked document as every report (text, JSON, JSON Lines, SARIF, GitHub) gives it: the path, the citations as
/// JSON lists them and the diagnostics with their places already worked out — plain data, without the document, its
/// analysis or the statute table. The formatters write only this, so a result kept from an earlier run (the CLI's
/// <c>--cache</c>) is written byte for byte as a fresh check of the same file would be.
/// </summary>
/// <param name="Path">The path as the run reports it.</param>
/// <param name="ReferenceCount">How many article references the document makes (the text summary's citations).</param>
/// <param name="Forgiven">How many findings the baseline forgave.</param>
/// <param name="Citations">The citations, as JSON lists them (a range as one, with its last article).</param>
/// <param name="Diagnostics">The findings left after configuration, in document order.</param>
public sealed record FileReport(
    string Path, int ReferenceCount, int Forgiven, IReadOnlyList<ReportedCitation> Citations, IReadOnlyList<ReportedDiagnostic> Diagnostics)
{
    /// <summary>What the reader could not take as written, for the host's warning (not part of any report).</summary>
    public ReadingNote? ReadingNote { get; init; }

    /// <summary>The report of a checked document. Evidence is given where the document's provision checks were kept.</summary>
    public static FileReport Of(CheckedDocument file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var document = file.Analysis.Document;
        var references = file.Analysis.References;
        var citations = new List<ReportedCitation>(references.Count);
        var dates = new DateTexts();
        for (var r = 0; r < references.Count; r++)
        {
            var reference = references[r];
            if (r > 0 && JsonReportFormatter.IsWrittenWith(references[r - 1], reference))
                continue;
            var last = JsonReportFormatter.LastOfRange(references, r);
            var evidence = file.Checks is { } checks && r < checks.Count && checks[r].Evidence is { } found
                ? new ReportedEvidence(
                    JsonReportFormatter.EvidenceKindName(found.Evidence.Kind), dates.Of(found.Version.Date), found.Article.ToString(), Math.Round(found.Score, 2))
                : null;
            citations.Add(new ReportedCitation(
                document.GetText(reference.Span),
                document.GetPosition(reference.Span.Start),
                document.GetPosition(Math.Max(reference.Span.End, references[last].Span.End)),
                reference.Statute?.Title,
                reference.Version is { } version ? dates.Of(version.Date) : null,
                reference.Article?.ToString(),
                last > r,
                references[last].Article?.ToString(),
                reference.Paragraph,
                reference.Item,
                reference.Quote?.Text,
                evidence));
            r = last;
        }

        var diagnostics = new List<ReportedDiagnostic>(file.Diagnostics.Count);
        foreach (var diagnostic in file.Diagnostics)
        {
            var fix = diagnostic.Fix is { } found ? new ReportedFix(found.Replacement, Place(document, found.Span)) : null;
            diagnostics.Add(new ReportedDiagnostic(diagnostic.Id, diagnostic.Severity, diagnostic.Message, Place(document, diagnostic.Span), fix));
        }

        return new FileReport(document.Path, references.Count, file.Forgiven, citations, diagnostics) { ReadingNote = document.ReadingNote };
    }

    /// <summary>How many of the diagnostics have <paramref name="severity"/>.</summary>
    public int Count(DiagnosticSeverity severity)
    {
        var count = 0;
        foreach (var diagnostic in Diagnostics)
            count += diagnostic.Severity == severity ? 1 : 0;
        return count;
    }

    private static ReportedSpan Place(SourceDocument document, Syntax.TextSpan span) =>
        new(span.Start, span.Length, document.GetPosition(span.Start), document.GetPosition(span.End));

    // A file's citations mostly name one version after another: its date is written out once per run of them.
    private struct DateTexts
    {
        private DateOnly _last;
        private string? _text;

        public string Of(DateOnly date) =>
            _text is not null && date == _last ? _text : _text = (_last = date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}

/// <summary>A citation as the JSON report gives it (design §7).</summary>
/// <param name="Text">The citation as written.</param>
/// <param name="Start">Where it starts.</param>
/// <param name="End">Where it ends (a range: where its last article ends).</param>
/// <param name="Law">The law's full official title; null when unresolved.</param>
/// <param name="Version">The date of the version applied (YYYY-MM-DD).</param>
/// <param name="Article">The article, Arabic, 之一 as -1.</param>
/// <param name="IsRange">Whether it is a range, whose last article is <paramref name="Through"/>.</param>
/// <param name="Through">A range's last article.</param>
/// <param name="Paragraph">The 款.</param>
/// <param name="Item">The 项.</param>
/// <param name="Quote">The text quoted with it.</param>
/// <param name="Evidence">What its version and number were judged by, where words decided them.</param>
public sealed record ReportedCitation(
    string Text, LinePosition Start, LinePosition End, string? Law, string? Version, string? Article, bool IsRange, string? Through,
    int? Paragraph, int? Item, string? Quote, ReportedEvidence? Evidence);

/// <summary>The evidence of a citation (JSON <c>evidence</c>).</summary>
/// <param name="Kind">quote, implicit, paraphrase or document.</param>
/// <param name="Version">The version the words fit (YYYY-MM-DD).</param>
/// <param name="Article">The article they fit.</param>
/// <param name="Score">How well, 0 to 1, to two places.</param>
public sealed record ReportedEvidence(string Kind, string Version, string Article, double Score);

/// <summary>A finding with its place.</summary>
/// <param name="Id">The rule ID.</param>
/// <param name="Severity">Its severity after configuration.</param>
/// <param name="Message">The message, in the run's language.</param>
/// <param name="Span">Where.</param>
/// <param name="Fix">The fix, when there is an unambiguous one.</param>
public sealed record ReportedDiagnostic(string Id, DiagnosticSeverity Severity, string Message, ReportedSpan Span, ReportedFix? Fix);

/// <summary>A fix: <see cref="Span"/>'s text becomes <see cref="Replacement"/>.</summary>
/// <param name="Replacement">The new text.</param>
/// <param name="Span">What it replaces.</param>
public sealed record ReportedFix(string Replacement, ReportedSpan Span);

/// <summary>A span of a document: its offset and length in UTF-16 code units, and where it starts and ends.</summary>
/// <param name="Offset">The offset of its first character.</param>
/// <param name="Length">Its length.</param>
/// <param name="Start">Its first character's line and column.</param>
/// <param name="End">The line and column just past it.</param>
public sealed record ReportedSpan(int Offset, int Length, LinePosition Start, LinePosition End);
