using CitationLint.Analysis;

namespace CitationLint.Rules;

/// <summary>
/// CL0003: the quoted text is not the cited provision; the message says where its words occur (article, version,
/// law) or that they occur nowhere. Where they are exactly one article of the same law's applied version, the fix
/// is that article's number.
/// </summary>
public sealed class QuoteMismatchRule : IRule
{
    /// <inheritdoc/>
    public RuleDescriptor Descriptor => RuleCatalog.QuoteMismatch;

    /// <inheritdoc/>
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var check in context.Checks)
        {
            if (check.Quote is not { Verdict: QuoteVerdict.Elsewhere or QuoteVerdict.Nowhere } quote || check.Reference.Statute is not { } law)
                continue;
            var reference = check.Reference;
            string detail;
            Fix? fix = null;
            if (quote.Verdict == QuoteVerdict.Nowhere)
            {
                detail = "its words occur in no law in the statute table";
            }
            else
            {
                var found = quote.Elsewhere[0];
                detail = "its words are " + RuleText.Where(found, law);
                var others = quote.Elsewhere.Skip(1).Where(p => p.Version.Statute == law).Take(4).Select(p => RuleText.Where(p, law)).ToList();
                if (others.Count > 0)
                    detail += " (also " + string.Join(", ", others) + ")";
                if (quote.Unmatched.Count > 0)
                    detail += "; " + string.Join(", ", quote.Unmatched.Take(3).Select(u => RuleText.Excerpt(u))) + (quote.Unmatched.Count == 1 ? " occurs" : " occur") + " nowhere in it";
                var single = context.Checks.Count(c => ReferenceEquals(c.Reference.Citation, reference.Citation)) == 1;
                if (single && found.Version == reference.Version)
                    fix = RuleText.ArticleNumberFix(context, reference, found.Number);
            }

            context.Report(Descriptor, reference.Span, fix, RuleText.CitedLabel(context, check), law.Title, detail);
        }
    }
}
