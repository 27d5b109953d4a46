using CitationLint.Syntax;

namespace CitationLint.Rules;

/// <summary>CL0008: the law is cited by an abbreviation or informal name; the fix is the official short title.</summary>
public sealed class NonstandardNameRule : IRule
{
    /// <inheritdoc/>
    public RuleDescriptor Descriptor => RuleCatalog.NonstandardName;

    /// <inheritdoc/>
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var check in context.Checks)
        {
            var law = check.Reference.Citation.Law;
            if (!check.FirstOfCitation || law is null || law.Kind is not (LawNameKind.Titled or LawNameKind.Unmarked)
                || check.Reference.Statute is not { } statute || !statute.Aliases.Contains(law.Name)
                || statute.Title.StartsWith(law.Name, StringComparison.Ordinal)) // the title without its （试行）: not informal
                continue;
            // Inside 《》 only the name is replaced; an unmarked name is replaced as written.
            var span = law.Kind == LawNameKind.Titled ? new TextSpan(law.Span.Start + 1, law.Span.End - 1) : law.Span;
            context.Report(Descriptor, law.Span, new Fix(span, statute.ShortTitle), law.Name, statute.ShortTitle);
        }
    }
}
