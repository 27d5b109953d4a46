using CitationLint.Statutes.Table;
using CitationLint.Syntax;

namespace CitationLint.Analysis;

/// <summary>
/// One statute reference a document makes, after relative references are resolved: the law as written (or its
/// antecedent's name), one article with its 款 and 项 (or none, for a law-level mention), and the quote.
/// </summary>
/// <param name="Span">The reference's text; the first reference of a citation includes the law name.</param>
/// <param name="LawName">The law's name as written (for 本法/该法, the antecedent's); null when unresolved.</param>
/// <param name="Citation">The citation it comes from.</param>
/// <param name="Article">The article; null for a law-level mention or an unresolved 本条/前款.</param>
/// <param name="Paragraph">The 款, when cited.</param>
/// <param name="Item">The 项, when cited.</param>
/// <param name="Quote">The text quoted with the citation.</param>
/// <param name="WellFormed">False when the numeral or structure is ill-formed.</param>
public sealed record ArticleReference(
    TextSpan Span,
    string? LawName,
    CitationSyntax Citation,
    ArticleNumber? Article,
    int? Paragraph,
    int? Item,
    QuoteSyntax? Quote,
    bool WellFormed)
{
    // Statute and Version are set once, by the analyzer, as it looks the resolved names up — before anything else sees
    // the reference (a copy per reference was 40 % of resolution's allocations on a statute corpus).

    /// <summary>The law in the statute table the name resolves to; null when it matches none.</summary>
    public Statute? Statute { get; internal set; }

    /// <summary>The version the citation is judged against.</summary>
    public StatuteVersion? Version { get; internal set; }

    /// <summary>True for the articles a range reaches past its first (第十一条, 第十二条 of 第十条至第十二条).</summary>
    public bool InRange { get; init; }

    /// <summary>
    /// True for an article heading of a document that is itself the law's text: its words are the law's own, not a
    /// page's evidence of which version it follows.
    /// </summary>
    public bool OwnArticle { get; init; }
}
