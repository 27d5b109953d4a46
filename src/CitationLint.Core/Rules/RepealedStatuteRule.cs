using CitationLint.Syntax;

namespace CitationLint.Rules;

/// <summary>CL0005: the law is repealed; names the successor law and, where determinable, the successor article.</summary>
public sealed class RepealedStatuteRule : IRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "CL0005";

    /// <summary>CL0005 repealed-statute: Versions, a warning.</summary>
    public static RuleDescriptor Rule { get; } = new(Id, "repealed-statute", RuleCategory.Versions, DiagnosticSeverity.Warning);

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

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
            var article = (check.SuccessorArticle, check.Reference.Article, law.Successor) switch
            {
                ({ } s, { } n, _) => new RuleMessage("CL0005_SuccessorArticle", n.ToLabel(), s.Number.ToLabel()),
                // The successor's text is in the table, yet no article of it carries this one on: say so, not nothing.
                (null, { } n, { NameOnly: false, Versions.Count: > 0 }) => new RuleMessage("CL0005_NoSuccessorArticle", n.ToLabel()),
                _ => (object)"",
            };
            context.Report(Descriptor, check.Reference.Span, null, law.Successor is { } successor
                ? new RuleMessage("CL0005_Message", law.Title, RuleMessage.Date(repealed), successor.Title, article)
                : new RuleMessage("CL0005_MessageNoSuccessor", law.Title, RuleMessage.Date(repealed), article));
        }
    }
}
