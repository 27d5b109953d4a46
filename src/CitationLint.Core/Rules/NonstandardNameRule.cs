using CitationLint.Statutes.Table;
using CitationLint.Syntax;

namespace CitationLint.Rules;

/// <summary>
/// CL0008: the law is cited by an abbreviation or informal name, or by a misspelt name one law clearly answers to;
/// the fix is the official short title.
/// </summary>
public sealed class NonstandardNameRule : IRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "CL0008";

    /// <summary>CL0008 nonstandard-name: Style, a suggestion, fixable.</summary>
    public static RuleDescriptor Rule { get; } = new(Id, "nonstandard-name", RuleCategory.Style, DiagnosticSeverity.Suggestion, Fixable: true);

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var check in context.Checks)
        {
            var law = check.Reference.Citation.Law;
            if (!check.FirstOfCitation || law is null || law.Kind is not (LawNameKind.Titled or LawNameKind.Unmarked)
                || check.Reference.Statute is not { } statute
                || check.Reference.LawName != law.Name) // a short name the text defines (以下简称《侵权法》) is the author's own
                continue;
            // Inside 《》 only the name is replaced; an unmarked name is replaced as written.
            var span = law.Kind == LawNameKind.Titled ? new TextSpan(law.Span.Start + 1, law.Span.End - 1) : law.Span;
            switch (context.Table.Match(law.Name)?.Kind)
            {
                case NameMatchKind.Misspelt:
                    context.Report(Descriptor, law.Span, new Fix(span, statute.ShortTitle), new RuleMessage("CL0008_MessageMisspelt", context.TextOf(law.Span), statute.ShortTitle));
                    continue;
                case NameMatchKind.Alias:
                    break;
                default:
                    continue; // the official name, or an accepted variant of it
            }

            context.Report(Descriptor, law.Span, new Fix(span, statute.ShortTitle), new RuleMessage("CL0008_MessageInformal", law.Name, statute.ShortTitle));
        }
    }
}
