using CitationLint.Analysis;
using CitationLint.Statutes.Table;
using CitationLint.Syntax;

namespace CitationLint.Core.Tests.Analysis;

public sealed class VersionFollowedTests
{
    private static readonly StatuteTable Table = StatuteTable.Default;

    // Evidence (as pages write it: pasted without marks, with their typos and spacing) → the versions of the law
    // whose article of that number it follows (their dates), or "" when it is too weak to say.
    [Theory]
    // 民事诉讼法 第二百二十五条: 执行异议 in 2012/2017, 公示催告 in 2021, 支付令 since 2023.
    [InlineData("民事诉讼法", "225", EvidenceKind.Implicit,
        "当事人、利害关系人认为执行行为违反法律规定的,可以向负责执行的人民法院提出书面异议", "2012-08-31,2017-06-27")]
    [InlineData("民事诉讼法", "225", EvidenceKind.Implicit,
        "债权人请求债务人给付金钱、有价证券，符合下列条件的，可以向有管辖权的基层人民法院申请支付令", "2023-09-01")]
    // 第一条 is the same in every version: consistent with all of them.
    [InlineData("民事诉讼法", "1", EvidenceKind.Quote,
        "中华人民共和国民事诉讼法以宪法为根据，结合我国民事审判工作的经验和实际情况制定", "1991-04-09,2007-10-28,2012-08-31,2017-06-27,2021-12-24,2023-09-01")]
    // 治安管理处罚法 第二十六条: 寻衅滋事 in 2012, 扰乱单位秩序 since 2025 (the table starts at 2012).
    [InlineData("治安管理处罚法", "26", EvidenceKind.Paraphrase,
        "结伙斗殴、追逐拦截他人、强拿硬要的，处五日以上十日以下拘留", "2012-10-26")]
    // The page's own words around an unrelated article say nothing.
    [InlineData("治安管理处罚法", "26", EvidenceKind.Paraphrase, "遇到这种情况建议及时报警并保留证据", "")]
    [InlineData("民事诉讼法", "225", EvidenceKind.Implicit, "可以向法院提出", "")]
    public void TellsTheVersionsTheEvidenceFollows(string law, string article, EvidenceKind kind, string evidence, string expected)
    {
        var statute = Table.Find(law)!.Value;
        var fits = VersionFollowed.Fits(statute, new ArticleNumber(int.Parse(article, System.Globalization.CultureInfo.InvariantCulture), 0), evidence);
        var versions = VersionFollowed.Consistent(fits, kind).Select(v => v.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, string.Join(",", versions));
    }

    [Theory]
    // Each citation's consistent versions → the version the document follows for the law.
    [InlineData("2012,2017|2012,2017,2021,2023", "2017")] // an unchanged article does not disagree
    [InlineData("2012,2017|2021,2023", "")]               // old and new numbering: say nothing
    [InlineData("|2012", "2012")]                        // a citation too weak to say is left out
    [InlineData("|", "")]
    public void FindsTheVersionADocumentFollows(string perCitation, string expected)
    {
        var versions = Table.Find("民事诉讼法")!.Value.Versions;
        var consistent = perCitation.Split('|').Select(c => (IReadOnlyList<StatuteVersion>)[.. versions.Where(v => c.Split(',').Contains(v.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
        var common = VersionFollowed.Common(consistent);
        Assert.Equal(expected, common is { } v ? v.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
    }
}
