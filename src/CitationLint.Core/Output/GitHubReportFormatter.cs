using CitationLint.Rules;

namespace CitationLint.Output;

/// <summary>Writes diagnostics as GitHub Actions workflow commands (::error file=…,line=…::message).</summary>
public static class GitHubReportFormatter
{
    /// <summary>Writes the report.</summary>
    public static void Write(CheckReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        report.WriteTo(new Writer(output));
    }

    /// <summary>The same commands written one document at a time.</summary>
    public sealed class Writer(TextWriter output) : IReportWriter
    {
        private readonly TextWriter _output = output ?? throw new ArgumentNullException(nameof(output));

        /// <inheritdoc/>
        public void Add(CheckedDocument file) => Add(FileReport.Of(file));

        /// <inheritdoc/>
        public void Add(FileReport file)
        {
            ArgumentNullException.ThrowIfNull(file);
            foreach (var diagnostic in file.Diagnostics)
            {
                var command = diagnostic.Severity switch
                {
                    DiagnosticSeverity.Error => "error",
                    DiagnosticSeverity.Warning => "warning",
                    DiagnosticSeverity.Suggestion => "notice",
                    _ => null,
                };
                if (command is null)
                    continue;
                var (start, end) = (diagnostic.Span.Start, diagnostic.Span.End);
                _output.WriteLine(
                    $"::{command} file={Property(file.Path)},line={start.Line},col={start.Column},endLine={end.Line},endColumn={end.Column},"
                    + $"title={Property(diagnostic.Id + " " + RuleCatalog.Find(diagnostic.Id)?.Name)}::{Data(diagnostic.Message)}");
            }
        }

        /// <summary>Nothing to close.</summary>
        public void Dispose()
        {
        }
    }

    // Escaping as @actions/core does it.
    private static string Data(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string value) =>
        Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
