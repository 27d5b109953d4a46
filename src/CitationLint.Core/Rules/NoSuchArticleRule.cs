namespace CitationLint.Rules;

/// <summary>CL0002: the article, 款 or 项 does not exist in the version that applies.</summary>
public sealed class NoSuchArticleRule : IRule
{
    /// <inheritdoc/>
    public RuleDescriptor Descriptor => RuleCatalog.NoSuchArticle;

    /// <inheritdoc/>
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var check in context.Checks)
        {
            // A stale number is CL0004's to report; a missing article of a known renumbering is not "no such".
            if (check.Missing is null || check.Renumbering is not null || check.Reference.Version is not { } version)
                continue;
            context.Report(Descriptor, check.Reference.Span, null, version.Statute.Title, RuleText.Date(version.Date), check.Missing);
        }
    }
}
