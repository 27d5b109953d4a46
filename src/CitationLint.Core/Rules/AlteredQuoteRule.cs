using CitationLint.Analysis;

namespace CitationLint.Rules;

/// <summary>CL0010: the quote is recognisably the cited provision but changes its words; the message shows them.</summary>
public sealed class AlteredQuoteRule : IRule
{
    /// <inheritdoc/>
    public RuleDescriptor Descriptor => RuleCatalog.AlteredQuote;

    /// <inheritdoc/>
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var check in context.Checks)
        {
            if (check.Quote is not { Verdict: QuoteVerdict.Altered } quote || check.Reference.Statute is not { } law)
                continue;
            var changes = string.Join("; ", quote.Changes.Take(3).Select(c =>
                c.Law.Length > 0 ? $"“{c.Quoted}” (the law: “{c.Law}”)" : $"“{c.Quoted}” (not in the law)"));
            if (quote.Changes.Count > 3)
                changes += $"; and {quote.Changes.Count - 3} more";
            context.Report(Descriptor, check.Reference.Span, null, RuleText.CitedLabel(context, check), law.Title, changes);
        }
    }
}
