namespace CitationLint.Rules;

/// <summary>CL0002: the article, 款 or 项 does not exist in the version that applies.</summary>
public sealed class NoSuchArticleRule : IRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "CL0002";

    /// <summary>CL0002 no-such-article: Resolution, an error.</summary>
    public static RuleDescriptor Rule { get; } = new(Id, "no-such-article", RuleCategory.Resolution, DiagnosticSeverity.Error);

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var check in context.Checks)
        {
            // A stale number is CL0004's to report; a missing article of a known renumbering is not "no such".
            if (check.Missing is null || check.Renumbering is not null || check.Reference.Version is not { } version)
                continue;
            context.Report(Descriptor, check.Reference.Span, null, new RuleMessage("CL0002_Message", version.Statute.Title, RuleMessage.Version(version), check.Missing));
        }
    }
}
