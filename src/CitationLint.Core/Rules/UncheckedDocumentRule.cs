namespace CitationLint.Rules;

/// <summary>CL0011: a document known by name only (design §6): its articles and quotes are not checked.</summary>
public sealed class UncheckedDocumentRule : IRule
{
    /// <inheritdoc/>
    public RuleDescriptor Descriptor => RuleCatalog.UncheckedDocument;

    /// <inheritdoc/>
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var check in context.Checks)
        {
            if (!check.FirstOfCitation || check.Reference.Statute is not { NameOnly: true } law || check.Reference.Article is null)
                continue;
            context.Report(Descriptor, check.Reference.Span, null, law.Title, RuleText.CitedLabel(context, check));
        }
    }
}
