using System.Globalization;
using System.Text.RegularExpressions;
using CitationLint.Analysis;
using CitationLint.Statutes.Table;
using CitationLint.Syntax;

namespace CitationLint.Rules;

/// <summary>Pieces of messages and fixes that several rules write the same way.</summary>
internal static partial class RuleText
{
    /// <summary>第五条, or 第一千零三十二条、第一千零三十三条 for a citation of several articles.</summary>
    public static object CitedLabel(RuleContext context, ProvisionCheck check)
    {
        var labels = new List<string>();
        foreach (var other in context.Checks)
        {
            if (ReferenceEquals(other.Reference.Citation, check.Reference.Citation) && other.Reference.Article is { } n && !labels.Contains(n.ToLabel()))
                labels.Add(n.ToLabel());
        }

        return labels.Count == 0 ? new RuleMessage("CitedArticle") : string.Join("、", labels);
    }

    /// <summary>
    /// 第三条 of the 2020-12-29 version (2020年版第三条), or 第X条 of 《law》 (2020-12-29 version) for another law
    /// (《law》第X条（2020年版）).
    /// </summary>
    public static RuleMessage Where(Provision provision, Statute citedLaw)
    {
        var version = provision.Version;
        return version.Statute == citedLaw
            ? new RuleMessage("WhereSameLaw", provision.Number.ToLabel(), RuleMessage.Version(version))
            : new RuleMessage("WhereOtherLaw", provision.Number.ToLabel(), version.Statute.Title, RuleMessage.Version(version));
    }

    /// <summary>
    /// Replaces the article number of a reference with <paramref name="number"/>, keeping its 款/项 and numeral
    /// style; null when the reference's text does not start with 第…条 (a number in a shared 第1032、1033条).
    /// </summary>
    public static Fix? ArticleNumberFix(RuleContext context, ArticleReference reference, ArticleNumber number)
    {
        foreach (var article in reference.Citation.Articles)
        {
            if (article.Span.End != reference.Span.End || article.Article != reference.Article)
                continue;
            var text = context.TextOf(article.Span);
            var match = ArticleLabel().Match(text);
            if (!match.Success)
                return null;
            var arabic = ChineseNumeral.ContainsArabicDigit(match.Groups["n"].Value);
            var label = arabic ? $"第{number.Number}条" + (number.Sub > 0 ? "之" + ChineseNumeral.Format(number.Sub) : "") : number.ToLabel();
            return new Fix(new TextSpan(article.Span.Start, article.Span.Start + match.Length), label);
        }

        return null;
    }

#if NET7_0_OR_GREATER
    [GeneratedRegex(@"^第\s*(?<n>[^条條]+?)\s*[条條](之[一二三四五六七八九十]+)?")]
    private static partial Regex ArticleLabel();
#else
    private static readonly Regex ArticleLabelRegex = new(@"^第\s*(?<n>[^条條]+?)\s*[条條](之[一二三四五六七八九十]+)?", RegexOptions.Compiled);

    private static Regex ArticleLabel() => ArticleLabelRegex;
#endif

    /// <summary>A quoted passage cut for a message.</summary>
    public static string Excerpt(string text, int length = 24) =>
        "“" + (text.Length <= length ? text : text[..length] + "……") + "”";
}
