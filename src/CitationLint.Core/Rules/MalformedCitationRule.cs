namespace CitationLint.Rules;

/// <summary>CL0007: an ill-formed numeral or structure (第十十条, a range that runs backwards).</summary>
public sealed class MalformedCitationRule : IRule
{
    /// <inheritdoc/>
    public RuleDescriptor Descriptor => RuleCatalog.MalformedCitation;

    /// <inheritdoc/>
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var check in context.Checks)
        {
            if (check.Reference.WellFormed)
                continue;
            var text = context.TextOf(check.Reference.Span);
            var reason = check.Reference.Article is null
                ? "it has no article number"
                : "its number is not a well-formed numeral, or its range runs backwards";
            context.Report(Descriptor, check.Reference.Span, null, text, reason);
        }
    }
}
