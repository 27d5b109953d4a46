using CitationLint.Syntax;

namespace CitationLint.Rules;

/// <summary>CL0005: the law is repealed; names the successor law and, where determinable, the successor article.</summary>
public sealed class RepealedStatuteRule : IRule
{
    /// <inheritdoc/>
    public RuleDescriptor Descriptor => RuleCatalog.RepealedStatute;

    /// <inheritdoc/>
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var check in context.Checks)
        {
            if (check.Reference.Statute is not { Repealed: { } repealed } law)
                continue;
            if (!check.FirstOfCitation && check.SuccessorArticle is null)
                continue;
            // A bare 前款, 本条 or 第二款 continues an article cited (or quoted) just before: that citation says it.
            if (check.Reference.Citation is { Law: null, Articles: [{ Kind: not ArticleReferenceKind.Article }, ..] })
                continue;
            var successor = law.Successor?.Title ?? "a later law";
            var article = (check.SuccessorArticle, check.Reference.Article, law.Successor) switch
            {
                ({ } s, { } n, _) => $"; {n.ToLabel()} is now {s.Number.ToLabel()}",
                // The successor's text is in the table, yet no article of it carries this one on: say so, not nothing.
                (null, { } n, { NameOnly: false, Versions.Count: > 0 }) => $"; no single article of it carries {n.ToLabel()} on",
                _ => "",
            };
            context.Report(Descriptor, check.Reference.Span, null, law.Title, RuleText.Date(repealed), successor, article);
        }
    }
}
