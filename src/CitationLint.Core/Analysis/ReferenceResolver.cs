using CitationLint.Syntax;

namespace CitationLint.Analysis;

/// <summary>
/// Resolves what relative and bare citations refer to, from context: 本法 and a bare 第N条/第二款/本条/前款 inside a
/// quote refer to the quoted law and article; 该法/同法 to the law named last; a bare 第二款 in prose to the article
/// cited just before on the same line. A bare 第N条 with nothing in reach is not a citation and is dropped.
/// </summary>
public static class ReferenceResolver
{
    /// <summary>The references of a document's citations, in document order.</summary>
    public static IReadOnlyList<ArticleReference> Resolve(IReadOnlyList<CitationSyntax> citations, string text)
    {
        ArgumentNullException.ThrowIfNull(citations);
        ArgumentNullException.ThrowIfNull(text);
        var references = new List<ArticleReference>();
        var quoting = new List<(CitationSyntax Citation, string? Law, ArticleReference? First)>();
        string? lastNamedLaw = null;
        ArticleReference? lastInProse = null;
        foreach (var citation in citations)
        {
            var container = Container(quoting, citation.Span);
            var firstIndex = references.Count;
            switch (citation.Law?.Kind)
            {
                case LawNameKind.Unmarked when citation.Articles.Count == 0:
                    lastNamedLaw = citation.Law.Name; // a mention in prose: 该法 may refer to it, it is not reported
                    break;
                case LawNameKind.Titled or LawNameKind.Unmarked:
                    lastNamedLaw = citation.Law.Name;
                    AddAll(references, citation, citation.Law.Name);
                    break;
                case LawNameKind.This:
                    AddAll(references, citation, container?.Law);
                    break;
                case LawNameKind.Antecedent:
                    AddAll(references, citation, lastNamedLaw);
                    break;
                default:
                    AddBare(references, citation, container?.First, container is null ? SameLine(lastInProse, citation, text) : null);
                    break;
            }

            if (references.Count > firstIndex)
            {
                var first = references[firstIndex];
                if (citation.Quote is not null)
                    quoting.Add((citation, first.LawName, first));
                if (container is null)
                    lastInProse = references[^1];
            }
        }

        return references;
    }

    private static void AddAll(List<ArticleReference> references, CitationSyntax citation, string? law)
    {
        if (citation.Articles.Count == 0)
        {
            references.Add(new ArticleReference(citation.Span, law, citation, null, null, null, null, true));
            return;
        }

        for (var i = 0; i < citation.Articles.Count; i++)
        {
            var article = citation.Articles[i];
            var span = i == 0 ? new TextSpan(citation.Span.Start, article.Span.End) : article.Span;
            references.Add(new ArticleReference(span, law, citation, article.Article, article.Paragraph, article.Item, citation.Quote, article.WellFormed));
        }
    }

    // A citation without a law name: inside a quote it belongs to the quoted article; in prose only a part
    // (第二款) right after a citation on the same line is resolvable; 本条/前款 in prose stay unresolved.
    private static void AddBare(List<ArticleReference> references, CitationSyntax citation, ArticleReference? quoted, ArticleReference? previous)
    {
        var context = quoted ?? previous;
        foreach (var article in citation.Articles)
        {
            ArticleReference reference;
            switch (article.Kind)
            {
                case ArticleReferenceKind.Article when article.Article is not null:
                    if (quoted is null)
                        continue; // 第三条 with no law in reach is not a citation
                    reference = new(article.Span, quoted.LawName, citation, article.Article, article.Paragraph, article.Item, citation.Quote, article.WellFormed);
                    break;
                case ArticleReferenceKind.Part or ArticleReferenceKind.Article:
                    if (context is null)
                        continue;
                    reference = new(article.Span, context.LawName, citation, context.Article, article.Paragraph ?? context.Paragraph, article.Item, citation.Quote, article.WellFormed);
                    break;
                case ArticleReferenceKind.ThisArticle:
                    reference = new(article.Span, quoted?.LawName, citation, quoted?.Article, article.Paragraph, article.Item, citation.Quote, article.WellFormed);
                    break;
                default: // 前款
                    var paragraph = quoted?.Paragraph is > 1 ? quoted.Paragraph - 1 : null;
                    reference = new(article.Span, quoted?.LawName, citation, quoted?.Article, paragraph, article.Item, citation.Quote, article.WellFormed);
                    break;
            }

            references.Add(reference);
        }
    }

    private static (CitationSyntax Citation, string? Law, ArticleReference? First)? Container(
        List<(CitationSyntax Citation, string? Law, ArticleReference? First)> quoting, TextSpan span)
    {
        for (var i = quoting.Count - 1; i >= 0; i--)
        {
            if (quoting[i].Citation.Quote!.Span.Contains(span))
                return quoting[i];
        }

        return null;
    }

    private static ArticleReference? SameLine(ArticleReference? previous, CitationSyntax citation, string text)
    {
        if (previous is null || previous.Article is null)
            return null;
        var between = text.AsSpan(previous.Span.End, Math.Max(0, citation.Span.Start - previous.Span.End));
        return between.IndexOfAny('\n', '。') < 0 ? previous : null;
    }
}
