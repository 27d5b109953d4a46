using CitationLint.Analysis;

namespace CitationLint.Rules;

/// <summary>
/// CL0004: the number follows a superseded version: correct in an earlier version (or, for a quote whose words are
/// another article now, probably in a version the table lacks); the fix is the current number.
/// </summary>
public sealed class OutdatedNumberRule : IRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "CL0004";

    /// <summary>CL0004 outdated-number: Versions, a warning, fixable.</summary>
    public static RuleDescriptor Rule { get; } = new(Id, "outdated-number", RuleCategory.Versions, DiagnosticSeverity.Warning, Fixable: true);

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var check in context.Checks)
        {
            if (check.Renumbering is not { } renumbering || check.Reference.Article is not { } number)
                continue;
            var was = renumbering.RightIn is { } then ? new RuleMessage("CL0004_Follows", RuleMessage.Version(then), Because(check)) : new RuleMessage("CL0004_ProbablyOlder");
            if (renumbering.Current is not { } current)
            {
                var dropped = renumbering.Replaced ?? check.Reference.Version!.Value;
                context.Report(
                    Descriptor, check.Reference.Span, null,
                    new RuleMessage("CL0004_MessageNoCounterpart", number.ToLabel(), dropped.Statute.Title, was, RuleMessage.Version(dropped), RuleMessage.Date(dropped.Effective)));
                continue;
            }

            var version = current.Version;
            context.Report(
                Descriptor, check.Reference.Span, RuleText.ArticleNumberFix(context, check.Reference, current.Number),
                new RuleMessage("CL0004_MessageRenumbered", number.ToLabel(), version.Statute.Title, was, RuleMessage.Version(version), RuleMessage.Date(version.Effective), current.Number.ToLabel()));
        }
    }

    // What showed the version: the citation's words (…加倍支付迟延履行期间的债务利息…), or the page's other citations.
    private static object Because(ProvisionCheck check) => check.Evidence switch
    {
        { Evidence.Kind: EvidenceKind.Document } => new RuleMessage("CL0004_AsOtherCitations"),
        { Evidence: { Text.Length: > 0 } words } => new RuleMessage("CL0004_Words", RuleText.Excerpt(OneLine(words.Text))),
        _ => "",
    };

    // The words as a reader sees them in one line: no leading colon or line break (：⏎多次发送…).
    private static string OneLine(string words) =>
        words.Replace("\r", "").Replace('\n', ' ').TrimStart(' ', '\u3000', ':', '：', ',', '，');
}
