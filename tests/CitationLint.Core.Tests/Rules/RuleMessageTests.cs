using CitationLint.Documents;
using CitationLint.Rules;

namespace CitationLint.Core.Tests.Rules;

/// <summary>What the messages say, for real citations: the fixtures check spans, these check words and fixes.</summary>
public sealed class RuleMessageTests
{
    private static readonly CitationChecker Checker = TestPipeline.Checker(new(2026, 6, 1));

    private static IReadOnlyList<Diagnostic> Lint(string text) =>
        Checker.Check(DocumentReader.Read("m.md", text, DocumentFormat.Markdown)).Diagnostics;

    [Fact]
    public void CL0003_NamesTheArticleOfTheCitedLaw_BeforeOtherLawsWithTheSameWords()
    {
        // 合同法 第二百零五条 and 民法典 第六百七十四条 open with the same sentence; the cited law's article is meant.
        var diagnostic = Assert.Single(Lint("《中华人民共和国民法典》第六百七十五条规定：“借款人应当按照约定的期限支付利息。”"));
        Assert.Equal("CL0003", diagnostic.Id);
        Assert.Contains("its words are 第六百七十四条 of the 2020-05-28 version", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("第六百七十四条", diagnostic.Fix?.Replacement);
    }

    [Fact]
    public void CL0003_WordsInNoLaw()
    {
        var diagnostic = Assert.Single(Lint("《民法典》第一千零三十二条：“债务人逾期不还款的，债权人可以通知其全部亲友。”"));
        Assert.Equal("The quoted text is not 第一千零三十二条 of 《中华人民共和国民法典》: its words occur in no law in the statute table", diagnostic.Message);
        Assert.Null(diagnostic.Fix);
    }

    [Fact]
    public void CL0004_SaysWhenTheNumberWasRight_AndFixesIt()
    {
        var diagnostic = Assert.Single(Lint("《治安管理处罚法》第四十二条：“多次发送淫秽、侮辱、恐吓或者其他信息，干扰他人正常生活的”"));
        Assert.Equal(
            "第四十二条 of 《中华人民共和国治安管理处罚法》 follows the 2012-10-26 version (“多次发送淫秽、侮辱、恐吓或者其他信息，干扰他人正……”); since the 2025-06-27 revision (in force 2026-01-01) the provision is 第五十条",
            diagnostic.Message);
        Assert.Equal("第五十条", diagnostic.Fix?.Replacement);
    }

    [Fact]
    public void CL0004_KeepsArabicNumeralsInTheFix() =>
        Assert.Equal("第50条", Assert.Single(Lint("《治安管理处罚法》第42条：“多次发送淫秽、侮辱、恐吓或者其他信息，干扰他人正常生活的”")).Fix?.Replacement);

    [Fact]
    public void CL0005_NamesTheSuccessorArticle() =>
        Assert.Equal(
            "《中华人民共和国合同法》 was repealed on 2021-01-01 and replaced by 《中华人民共和国民法典》; 第一百零七条 is now 第五百七十七条",
            Assert.Single(Lint("《合同法》第一百零七条")).Message);

    [Fact]
    public void CL0005_SaysWhenNoSingleArticleCarriesTheCitedOneOn()
    {
        // 合同法 第五十二条's grounds of invalidity are spread over several articles of 民法典's general part.
        var diagnostic = Assert.Single(Lint("合同因违反法律强制性规定而无效，依据是《合同法》第五十二条。"));
        Assert.Equal(
            "《中华人民共和国合同法》 was repealed on 2021-01-01 and replaced by 《中华人民共和国民法典》; no single article of it carries 第五十二条 on",
            diagnostic.Message);
        Assert.Null(diagnostic.Fix);
    }

    [Fact]
    public void CL0004_ACitationWithoutWords_FollowsThePagesOtherCitationsOfTheLaw()
    {
        var diagnostics = Lint(
            "《民事诉讼法》第二百二十五条 当事人、利害关系人认为执行行为违反法律规定的，可以向负责执行的人民法院提出书面异议。\n\n"
            + "房屋登记在别人名下的，另见民事诉讼法第二百二十七条。");
        Assert.Equal(["CL0004", "CL0004"], diagnostics.Select(d => d.Id));
        Assert.Equal(
            "第二百二十七条 of 《中华人民共和国民事诉讼法》 follows the 2017-06-27 version, as the page's other citations of the law do; since the 2023-09-01 revision (in force 2024-01-01) the provision is 第二百三十八条",
            diagnostics[^1].Message);
        Assert.Equal("第二百三十八条", diagnostics[^1].Fix?.Replacement);
    }

    [Fact]
    public void CL0010_ShowsTheChangedWords() =>
        Assert.EndsWith("“公民” (the law: “自然人”)", Assert.Single(Lint("《民法典》第一千零三十二条：“公民享有隐私权。”")).Message, StringComparison.Ordinal);

    [Fact]
    public void CL0008_FixesTheNameOnly()
    {
        var diagnostic = Assert.Single(Lint("依照民诉法第一百一十九条起诉"));
        Assert.Equal(("CL0008", "民事诉讼法"), (diagnostic.Id, diagnostic.Fix?.Replacement));
    }

    [Fact]
    public void FaithfulQuotes_WithMarkedOmissions_AreSilent()
    {
        Assert.Empty(Lint("《民法典》第一千零三十二条：“自然人享有隐私权。……隐私是自然人的私人生活安宁和不愿为他人知晓的私密空间、私密活动、私密信息。”"));
        Assert.Empty(Lint("《民法典》第一千零三十三条：“除法律另有规定或者权利人明确同意外，任何组织或者个人不得实施下列行为：（五）处理他人的私密信息；（六）以其他方式侵害他人的隐私权。”"));
    }
}
