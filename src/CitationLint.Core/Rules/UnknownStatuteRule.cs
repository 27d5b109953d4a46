using CitationLint.Syntax;

namespace CitationLint.Rules;

/// <summary>CL0001: the cited name matches no law; the message names the closest known law.</summary>
public sealed class UnknownStatuteRule : IRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "CL0001";

    /// <summary>CL0001 unknown-statute: Resolution, a warning.</summary>
    public static RuleDescriptor Rule { get; } = new(Id, "unknown-statute", RuleCategory.Resolution, DiagnosticSeverity.Warning);

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

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
            context.Report(Descriptor, law.Span, null, closest is { } title
                ? new RuleMessage("CL0001_MessageClosest", law.Name, title.Title)
                : new RuleMessage("CL0001_Message", law.Name));
        }
    }
}
