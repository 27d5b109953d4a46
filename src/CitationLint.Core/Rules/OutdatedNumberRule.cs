using CitationLint.Analysis;

namespace CitationLint.Rules;

/// <summary>
/// CL0004: the number follows a superseded version: correct in an earlier version (or, for a quote whose words are
/// another article now, probably in a version the table lacks); the fix is the current number.
/// </summary>
public sealed class OutdatedNumberRule : IRule
{
    /// <inheritdoc/>
    public RuleDescriptor Descriptor => RuleCatalog.OutdatedNumber;

    /// <inheritdoc/>
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var check in context.Checks)
        {
            if (check.Renumbering is not { } renumbering || check.Reference.Article is not { } number)
                continue;
            var was = renumbering.RightIn is { } then ? $"follows the {RuleText.Date(then.Date)} version{Because(check)}" : "probably follows an older version";
            if (renumbering.Current is not { } current)
            {
                var dropped = renumbering.Replaced ?? check.Reference.Version!.Value;
                context.Report(
                    Descriptor, check.Reference.Span, null,
                    number.ToLabel(), dropped.Statute.Title, was, RuleText.Date(dropped.Date), RuleText.Date(dropped.Effective), "without a one-to-one counterpart (rewritten, merged or dropped)");
                continue;
            }

            var version = current.Version;
            context.Report(
                Descriptor, check.Reference.Span, RuleText.ArticleNumberFix(context, check.Reference, current.Number),
                number.ToLabel(), version.Statute.Title, was, RuleText.Date(version.Date), RuleText.Date(version.Effective), current.Number.ToLabel());
        }
    }

    // What showed the version: the citation's words (…加倍支付迟延履行期间的债务利息…), or the page's other citations.
    private static string Because(ProvisionCheck check) => check.Evidence switch
    {
        { Evidence.Kind: EvidenceKind.Document } => ", as the page's other citations of the law do",
        { Evidence: { Text.Length: > 0 } words } => " (" + RuleText.Excerpt(OneLine(words.Text)) + ")",
        _ => "",
    };

    // The words as a reader sees them in one line: no leading colon or line break (：⏎多次发送…).
    private static string OneLine(string words) =>
        words.Replace("\r", "").Replace('\n', ' ').TrimStart(' ', '\u3000', ':', '：', ',', '，');
}
