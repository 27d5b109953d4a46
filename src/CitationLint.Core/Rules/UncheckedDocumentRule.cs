using CitationLint.Syntax;

namespace CitationLint.Rules;

/// <summary>
/// CL0011: a document known by name only (design §6), or another country's law or an international instrument: its
/// articles and quotes are not checked.
/// </summary>
public sealed class UncheckedDocumentRule : IRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "CL0011";

    /// <summary>CL0011 unchecked-document: Resolution, a suggestion.</summary>
    public static RuleDescriptor Rule { get; } = new(Id, "unchecked-document", RuleCategory.Resolution, DiagnosticSeverity.Suggestion);

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var check in context.Checks)
        {
            if (!check.FirstOfCitation || check.Reference.Article is null)
                continue;
            if (check.Reference.Citation.Law is { Kind: LawNameKind.Foreign } foreign)
                context.Report(Descriptor, check.Reference.Span, null, new RuleMessage("CL0011_MessageForeign", foreign.Name, RuleText.CitedLabel(context, check)));
            else if (check.Reference.Statute is { NameOnly: true, Repealed: null } law) // a repealed one: CL0005 says more
                context.Report(Descriptor, check.Reference.Span, null, new RuleMessage("CL0011_MessageNameOnly", law.Title, RuleText.CitedLabel(context, check)));
        }
    }
}
