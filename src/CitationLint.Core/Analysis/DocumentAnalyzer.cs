using CitationLint.Documents;
using CitationLint.Syntax;

namespace CitationLint.Analysis;

/// <summary>A document with its citations found and resolved.</summary>
/// <param name="Document">The document.</param>
/// <param name="Citations">The citations as written.</param>
/// <param name="References">One entry per article referenced.</param>
public sealed record AnalyzedDocument(SourceDocument Document, IReadOnlyList<CitationSyntax> Citations, IReadOnlyList<ArticleReference> References);

/// <summary>Runs the pipeline on one document: candidate scan and grammar over its prose, then resolution.</summary>
public static class DocumentAnalyzer
{
    /// <summary>Finds and resolves the citations of <paramref name="document"/>.</summary>
    public static AnalyzedDocument Analyze(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var citations = CitationFinder.Find(document.Prose);
        var references = ReferenceResolver.Resolve(citations, document.Prose);
        return new AnalyzedDocument(document, citations, references);
    }
}
