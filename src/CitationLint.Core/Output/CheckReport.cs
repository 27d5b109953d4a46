using CitationLint.Analysis;

namespace CitationLint.Output;

/// <summary>The result of one check run, for the formatters.</summary>
/// <param name="ToolVersion">CitationLint's version.</param>
/// <param name="AsOf">The date citations are judged at.</param>
/// <param name="Files">The documents checked, in path order.</param>
public sealed record CheckReport(string ToolVersion, DateOnly AsOf, IReadOnlyList<AnalyzedDocument> Files);
