namespace CitationLint.Rules;

/// <summary>
/// CL0004: the number follows a superseded version: correct in an earlier version (or, for a quote whose words are
/// another article now, probably in a version the table lacks); the fix is the current number.
/// </summary>
public sealed class OutdatedNumberRule : IRule
{
    /// <inheritdoc/>
    public RuleDescriptor Descriptor => RuleCatalog.OutdatedNumber;

    /// <inheritdoc/>
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var check in context.Checks)
        {
            if (check.Renumbering is not { } renumbering || check.Reference.Article is not { } number)
                continue;
            var current = renumbering.Current;
            var version = current.Version;
            var was = renumbering.RightIn is { } then
                ? $"follows the {RuleText.Date(then.Date)} version"
                : "probably follows an older version";
            context.Report(
                Descriptor, check.Reference.Span, RuleText.ArticleNumberFix(context, check.Reference, current.Number),
                number.ToLabel(), version.Statute.Title, was, RuleText.Date(version.Date), RuleText.Date(version.Effective), current.Number.ToLabel());
        }
    }
}
