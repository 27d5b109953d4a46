using CitationLint.Syntax;

namespace CitationLint.Rules;

/// <summary>CL0006: 本法/该法/同法/本条/前款 with no antecedent.</summary>
public sealed class UnresolvedReferenceRule : IRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "CL0006";

    /// <summary>CL0006 unresolved-reference: Resolution, a warning.</summary>
    public static RuleDescriptor Rule { get; } = new(Id, "unresolved-reference", RuleCategory.Resolution, DiagnosticSeverity.Warning);

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var check in context.Checks)
        {
            var reference = check.Reference;
            if (!check.FirstOfCitation || reference.LawName is not null)
                continue;
            var relativeLaw = reference.Citation.Law?.Kind is LawNameKind.This or LawNameKind.Antecedent;
            var relativePart = reference.Citation.Articles.Count > 0
                && reference.Citation.Articles[0].Kind is ArticleReferenceKind.ThisArticle or ArticleReferenceKind.PrecedingParagraph;
            if (relativeLaw || relativePart)
                context.Report(Descriptor, reference.Citation.Span, null, new RuleMessage("CL0006_Message", context.TextOf(reference.Citation.Span)));
        }
    }
}
