using CitationLint.Statutes.Alignment;
using CitationLint.Statutes.Table;
using CitationLint.Syntax;

namespace CitationLint.Analysis;

/// <summary>What the quote of a citation turned out to be.</summary>
public enum QuoteVerdict
{
    /// <summary>The cited provision's words (omissions marked).</summary>
    Faithful,

    /// <summary>Recognisably the cited provision, with changed words.</summary>
    Altered,

    /// <summary>The words of another provision.</summary>
    Elsewhere,

    /// <summary>Words that occur in no provision of the table.</summary>
    Nowhere,
}

/// <summary>The quote's verdict, with the evidence the messages need.</summary>
/// <param name="Verdict">Faithful, altered, elsewhere or nowhere.</param>
/// <param name="Changes">For an altered quote: the changed words.</param>
/// <param name="Elsewhere">For a quote from elsewhere: the provisions whose words these are (same text, several versions).</param>
/// <param name="Unmatched">Parts of the quote (lines, items) that occur nowhere in <paramref name="Elsewhere"/>.</param>
public sealed record QuoteFinding(QuoteVerdict Verdict, IReadOnlyList<WordChange> Changes, IReadOnlyList<Provision> Elsewhere, IReadOnlyList<string> Unmatched);

/// <summary>A number made stale by a renumbering revision.</summary>
/// <param name="RightIn">The version in which the cited number was this provision; null when only probable.</param>
/// <param name="Current">The provision's counterpart in the version in force today; null when no article carries it on.</param>
/// <param name="Replaced">For a provision with no counterpart: the version that dropped it.</param>
public sealed record Renumbering(StatuteVersion? RightIn, Provision? Current, StatuteVersion? Replaced = null);

/// <summary>What a citation's judgement rests on (JSON <c>evidence</c>, design §7).</summary>
/// <param name="Evidence">The words, and how they are attached.</param>
/// <param name="Version">The version whose article the words follow.</param>
/// <param name="Article">That article's number.</param>
/// <param name="Score">The share of the words the article holds, 0–1 (1 for a document's own numbering).</param>
public sealed record EvidenceFinding(CitationEvidence Evidence, StatuteVersion Version, ArticleNumber Article, double Score);

/// <summary>
/// Everything the rules need to know about one reference, checked against the statute table: the provision it
/// names, what is missing, what its quote is, whether its number is stale, and its successor.
/// </summary>
/// <param name="Reference">The reference.</param>
/// <param name="Provision">The cited article in the version that applies; null when it has none.</param>
/// <param name="Missing">The missing part (第N条, 第N条第M款, 第N条第M款第（K）项) when it does not exist.</param>
/// <param name="Quote">The quote's verdict (on the citation's first reference only; null without a checkable quote).</param>
/// <param name="Renumbering">A stale number, if it is one.</param>
/// <param name="SuccessorArticle">For a repealed law: the successor's article that carries the cited one on.</param>
/// <param name="FirstOfCitation">True for the citation's first reference (citation-level findings go there).</param>
public sealed record ProvisionCheck(
    ArticleReference Reference,
    Provision? Provision,
    string? Missing,
    QuoteFinding? Quote,
    Renumbering? Renumbering,
    Provision? SuccessorArticle,
    bool FirstOfCitation)
{
    /// <summary>What the version and number were judged by, when the citation's words (or its document's) decided them.</summary>
    public EvidenceFinding? Evidence { get; init; }
}
