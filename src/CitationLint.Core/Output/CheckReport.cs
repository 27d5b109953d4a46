using CitationLint.Analysis;
using CitationLint.Rules;

namespace CitationLint.Output;

/// <summary>A checked document: its analysis and the diagnostics left after configuration.</summary>
/// <param name="Analysis">Citations and references.</param>
/// <param name="Diagnostics">The findings, in document order, at their effective severities (none removed).</param>
public sealed record CheckedDocument(AnalyzedDocument Analysis, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The provision checks behind the diagnostics, when a report shows them (the HTML report).</summary>
    public IReadOnlyList<ProvisionCheck>? Checks { get; init; }

    /// <summary>How many of the document's findings the baseline forgave (not in <see cref="Diagnostics"/>).</summary>
    public int Forgiven { get; init; }
}

/// <summary>The result of one check run, for the formatters.</summary>
/// <param name="ToolVersion">CitationLint's version.</param>
/// <param name="AsOf">The date citations are judged at.</param>
/// <param name="Files">The documents checked, in path order.</param>
public sealed record CheckReport(string ToolVersion, DateOnly AsOf, IReadOnlyList<CheckedDocument> Files)
{
    /// <summary>Number of diagnostics of a severity.</summary>
    public int Count(DiagnosticSeverity severity) => Files.Sum(f => f.Diagnostics.Count(d => d.Severity == severity));

    /// <summary>Writes every document through <paramref name="writer"/>, then finishes the report.</summary>
    public void WriteTo(IReportWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        using (writer)
        {
            foreach (var file in Files)
                writer.Add(file);
        }
    }
}

/// <summary>
/// A report written one checked document at a time, in path order, as a run produces them (text, JSON, GitHub);
/// disposing it finishes the report. A run that streams keeps only the documents still in flight.
/// </summary>
public interface IReportWriter : IDisposable
{
    /// <summary>Writes one document's part of the report.</summary>
    void Add(CheckedDocument file);

    /// <summary>Writes one document's part of the report from its <see cref="FileReport"/> (one kept from an earlier run).</summary>
    void Add(FileReport file);
}
