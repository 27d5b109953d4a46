using CitationLint.Analysis;
using CitationLint.Statutes.Table;

namespace CitationLint.Rules;

/// <summary>
/// CL0003: the quoted text is not the cited provision; the message says where its words occur (article, version,
/// law) or that they occur nowhere. Where they are exactly one article of the same law's applied version, the fix
/// is that article's number.
/// </summary>
public sealed class QuoteMismatchRule : IRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "CL0003";

    /// <summary>CL0003 quote-mismatch: Quotation, an error, fixable.</summary>
    public static RuleDescriptor Rule { get; } = new(Id, "quote-mismatch", RuleCategory.Quotation, DiagnosticSeverity.Error, Fixable: true);

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var check in context.Checks)
        {
            if (check.Quote is not { Verdict: QuoteVerdict.Elsewhere or QuoteVerdict.Nowhere } quote || check.Reference.Statute is not { } law)
                continue;
            var reference = check.Reference;
            var cited = RuleText.CitedLabel(context, check);
            if (quote.Verdict == QuoteVerdict.Nowhere)
            {
                context.Report(Descriptor, reference.Span, null, new RuleMessage("CL0003_MessageNowhere", cited, law.Title));
                continue;
            }

            ReportElsewhere(context, quote, reference, law, cited);
        }
    }

    // Apart from the loop: its lambdas' closure is made only for a quote found elsewhere, not for every citation.
    private void ReportElsewhere(RuleContext context, QuoteFinding quote, ArticleReference reference, Statute law, object cited)
    {
        var found = quote.Elsewhere[0];
        // The other articles and versions holding the words, and the quote's lines the provision lacks (the Chinese
        // message names only the first: the rest is in the JSON and the report).
        var others = quote.Elsewhere.Skip(1).Where(p => p.Version.Statute == law).Take(4).Select(p => (object?)RuleText.Where(p, law)).ToList();
        var also = others.Count > 0 ? new RuleMessage("CL0003_Also", new RuleMessageList("ListSeparator", others)) : (object)"";
        var excerpts = quote.Unmatched.Take(3).Select(u => (object?)RuleText.Excerpt(u)).ToList();
        var unmatched = quote.Unmatched.Count == 0 ? (object)""
            : new RuleMessage(quote.Unmatched.Count == 1 ? "CL0003_UnmatchedOne" : "CL0003_UnmatchedMany", new RuleMessageList("ListSeparator", excerpts));
        var single = context.Checks.Count(c => ReferenceEquals(c.Reference.Citation, reference.Citation)) == 1;
        var fix = single && found.Version == reference.Version ? RuleText.ArticleNumberFix(context, reference, found.Number) : null;
        context.Report(Descriptor, reference.Span, fix, new RuleMessage("CL0003_MessageElsewhere", cited, law.Title, RuleText.Where(found, law), also, unmatched));
    }
}
