using CitationLint.Syntax;

namespace CitationLint.Rules;

/// <summary>CL0001: the cited name matches no law; the message names the closest known law.</summary>
public sealed class UnknownStatuteRule : IRule
{
    /// <inheritdoc/>
    public RuleDescriptor Descriptor => RuleCatalog.UnknownStatute;

    /// <inheritdoc/>
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var check in context.Checks)
        {
            var law = check.Reference.Citation.Law;
            if (!check.FirstOfCitation || law is not { Kind: LawNameKind.Titled } || check.Reference.Statute is not null)
                continue;
            var closest = context.Table.ClosestTitle(law.Name);
            context.Report(Descriptor, law.Span, null, law.Name, closest is null ? "" : $"; did you mean 《{closest.Value.Title}》?");
        }
    }
}
