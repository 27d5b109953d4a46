using System.Globalization;
using System.Resources;
using CitationLint.Rules;

namespace CitationLint.Output;

/// <summary>
/// Writes a <see cref="CheckReport"/> as text: one MSBuild canonical line per diagnostic
/// (<c>path(line,col,endLine,endCol): warning CL0004: message</c>), then a summary line (which also counts the findings
/// the baseline forgave, when it forgave some). Messages and the summary are in the run's language; the canonical
/// part (path, position, error/warning/info, ID) is the same in every language, as tools parse it.
/// </summary>
public static class TextReportFormatter
{
    private static readonly ResourceManager Texts = new("CitationLint.Output.ReportResources", typeof(TextReportFormatter).Assembly);

    /// <summary>Writes the report.</summary>
    /// <param name="report">The run.</param>
    /// <param name="output">Where the text goes.</param>
    /// <param name="culture">The language of the summary line (English by default); the messages are the diagnostics' own.</param>
    /// <param name="color">Colour the severities with ANSI escapes (error red, warning yellow, info cyan): for a terminal only.</param>
    public static void Write(CheckReport report, TextWriter output, CultureInfo? culture = null, bool color = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        report.WriteTo(new Writer(output, culture, color));
    }

    /// <summary>The same text written one document at a time; disposing it writes the summary line.</summary>
    /// <param name="output">Where the text goes.</param>
    /// <param name="culture">The language of the summary line (English by default).</param>
    /// <param name="color">Colour the severities with ANSI escapes: for a terminal only.</param>
    public sealed class Writer(TextWriter output, CultureInfo? culture = null, bool color = false) : IReportWriter
    {
        private readonly TextWriter _output = output ?? throw new ArgumentNullException(nameof(output));
        private readonly CultureInfo _culture = culture ?? CultureInfo.InvariantCulture;
        private int _files, _citations, _errors, _warnings, _suggestions, _forgiven;

        /// <inheritdoc/>
        public void Add(CheckedDocument file) => Add(FileReport.Of(file));

        /// <inheritdoc/>
        public void Add(FileReport file)
        {
            ArgumentNullException.ThrowIfNull(file);
            _files++;
            _citations += file.ReferenceCount;
            _forgiven += file.Forgiven;
            foreach (var diagnostic in file.Diagnostics)
            {
                _errors += diagnostic.Severity == DiagnosticSeverity.Error ? 1 : 0;
                _warnings += diagnostic.Severity == DiagnosticSeverity.Warning ? 1 : 0;
                _suggestions += diagnostic.Severity == DiagnosticSeverity.Suggestion ? 1 : 0;
                if (diagnostic.Severity is DiagnosticSeverity.None or DiagnosticSeverity.Silent)
                    continue;
                var (start, end) = (diagnostic.Span.Start, diagnostic.Span.End);
                // MSBuild's canonical format knows error, warning and info.
                var severity = diagnostic.Severity == DiagnosticSeverity.Suggestion ? "info" : JsonReportFormatter.SeverityName(diagnostic.Severity);
                if (color)
                    severity = Colored(diagnostic.Severity, severity);
                _output.WriteLine($"{file.Path}({start.Line},{start.Column},{end.Line},{end.Column}): {severity} {diagnostic.Id}: {diagnostic.Message}");
            }
        }

        /// <summary>Writes the summary line.</summary>
        public void Dispose() => _output.WriteLine(string.Format(
            _culture, Text("TextSummary"), Count(_files, "File"), Count(_citations, "Citation"), Count(_errors, "Error"),
            Count(_warnings, "Warning"), Count(_suggestions, "Suggestion"),
            _forgiven > 0 ? string.Format(_culture, Text("TextSummaryForgiven"), _forgiven) : ""));

        // "1 file", "3 files"; in Chinese "3 个文件" (one text for both).
        private string Count(int count, string noun) =>
            string.Format(_culture, Text(count == 1 ? $"Count{noun}One" : $"Count{noun}Other"), count);

        private string Text(string key) => MessageLanguage.Text(Texts, key, _culture);
    }

    // SGR colours: red, yellow, cyan, then back to the default.
    private static string Colored(DiagnosticSeverity severity, string text) => severity switch
    {
        DiagnosticSeverity.Error => "\u001b[31m" + text + "\u001b[0m",
        DiagnosticSeverity.Warning => "\u001b[33m" + text + "\u001b[0m",
        _ => "\u001b[36m" + text + "\u001b[0m",
    };
}
