using CitationLint.Rules;

namespace CitationLint.Output;

/// <summary>
/// Writes a <see cref="CheckReport"/> as text: one MSBuild canonical line per diagnostic
/// (<c>path(line,col,endLine,endCol): warning CL0004: message</c>), then a summary line (which also counts the findings
/// the baseline forgave, when it forgave some).
/// </summary>
public static class TextReportFormatter
{
    /// <summary>Writes the report.</summary>
    public static void Write(CheckReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        report.WriteTo(new Writer(output));
    }

    /// <summary>The same text written one document at a time; disposing it writes the summary line.</summary>
    public sealed class Writer(TextWriter output) : IReportWriter
    {
        private readonly TextWriter _output = output ?? throw new ArgumentNullException(nameof(output));
        private int _files, _citations, _errors, _warnings, _suggestions, _forgiven;

        /// <inheritdoc/>
        public void Add(CheckedDocument file)
        {
            ArgumentNullException.ThrowIfNull(file);
            _files++;
            _citations += file.Analysis.References.Count;
            _forgiven += file.Forgiven;
            var document = file.Analysis.Document;
            foreach (var diagnostic in file.Diagnostics)
            {
                _errors += diagnostic.Severity == DiagnosticSeverity.Error ? 1 : 0;
                _warnings += diagnostic.Severity == DiagnosticSeverity.Warning ? 1 : 0;
                _suggestions += diagnostic.Severity == DiagnosticSeverity.Suggestion ? 1 : 0;
                if (diagnostic.Severity is DiagnosticSeverity.None or DiagnosticSeverity.Silent)
                    continue;
                var start = document.GetPosition(diagnostic.Span.Start);
                var end = document.GetPosition(diagnostic.Span.End);
                // MSBuild's canonical format knows error, warning and info.
                var severity = diagnostic.Severity == DiagnosticSeverity.Suggestion ? "info" : JsonReportFormatter.SeverityName(diagnostic.Severity);
                _output.WriteLine($"{document.Path}({start.Line},{start.Column},{end.Line},{end.Column}): {severity} {diagnostic.Id}: {diagnostic.Message}");
            }
        }

        /// <summary>Writes the summary line.</summary>
        public void Dispose() => _output.WriteLine(
            $"{Count(_files, "file")} checked: {Count(_citations, "citation")}, {Count(_errors, "error")}, "
            + $"{Count(_warnings, "warning")}, {Count(_suggestions, "suggestion")}{(_forgiven > 0 ? $", {_forgiven} forgiven by the baseline" : "")}.");
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
