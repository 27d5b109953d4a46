using CitationLint.Rules;

namespace CitationLint.Output;

/// <summary>
/// Writes a <see cref="CheckReport"/> as text: one MSBuild canonical line per diagnostic
/// (<c>path(line,col,endLine,endCol): warning CL0004: message</c>), then a summary line.
/// </summary>
public static class TextReportFormatter
{
    /// <summary>Writes the report.</summary>
    public static void Write(CheckReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var citations = 0;
        foreach (var file in report.Files)
        {
            citations += file.Analysis.References.Count;
            var document = file.Analysis.Document;
            foreach (var diagnostic in file.Diagnostics)
            {
                if (diagnostic.Severity is DiagnosticSeverity.None or DiagnosticSeverity.Silent)
                    continue;
                var start = document.GetPosition(diagnostic.Span.Start);
                var end = document.GetPosition(diagnostic.Span.End);
                // MSBuild's canonical format knows error, warning and info.
                var severity = diagnostic.Severity == DiagnosticSeverity.Suggestion ? "info" : JsonReportFormatter.SeverityName(diagnostic.Severity);
                output.WriteLine($"{document.Path}({start.Line},{start.Column},{end.Line},{end.Column}): {severity} {diagnostic.Id}: {diagnostic.Message}");
            }
        }

        output.WriteLine(
            $"{Count(report.Files.Count, "file")} checked: {Count(citations, "citation")}, {Count(report.Count(DiagnosticSeverity.Error), "error")}, "
            + $"{Count(report.Count(DiagnosticSeverity.Warning), "warning")}, {Count(report.Count(DiagnosticSeverity.Suggestion), "suggestion")}.");
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
