using CitationLint.Statutes.Alignment;
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
            var closest = Closest(context, law.Name);
            context.Report(Descriptor, law.Span, null, law.Name, closest is null ? "" : $"; did you mean 《{closest}》?");
        }
    }

    private static string? Closest(RuleContext context, string name)
    {
        var written = TextFingerprint.Of(name);
        string? best = null;
        var bestScore = 0.3;
        foreach (var statute in context.Table.Statutes)
        {
            // Half how much of the written name the title has, half how alike the two are overall.
            var title = TextFingerprint.Of(statute.ShortTitle);
            var dice = written.Similarity(title);
            var p = Math.Max(1, written.Normalized.Length - 1);
            var coverage = Math.Min(1, dice * (p + Math.Max(1, title.Normalized.Length - 1)) / 2 / p);
            var score = (coverage + dice) / 2;
            if (score > bestScore)
            {
                bestScore = score;
                best = statute.Title;
            }
        }

        return best;
    }
}
