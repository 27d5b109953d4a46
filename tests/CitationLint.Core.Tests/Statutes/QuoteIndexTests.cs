using CitationLint.Statutes.Table;

namespace CitationLint.Core.Tests.Statutes;

/// <summary>The quote index over every article of every version in the bundled table, queried with real text.</summary>
public sealed class QuoteIndexTests
{
    private static readonly QuoteIndex Index = QuoteIndex.Default;

    private static string Describe(QuoteMatch match) =>
        string.Join(", ", match.Provisions.Select(p => $"{p.Version.Statute.ShortTitle} {p.Version.Date.Year} {p.Number.ToLabel()}"));

    [Theory]
    // Exact article texts and parts of them.
    [InlineData("自然人享有隐私权。任何组织或者个人不得以刺探、侵扰、泄露、公开等方式侵害他人的隐私权。", "民法典 2020 第一千零三十二条")]
    [InlineData("当事人一方不履行合同义务或者履行合同义务不符合约定的，应当承担继续履行、采取补救措施或者赔偿损失等违约责任。", "民法典 2020 第五百七十七条")]
    // A quote with an omission marked by ……
    [InlineData("借款人应当按照约定的期限支付利息……借款期间不满一年的，应当在返还借款时一并支付", "民法典 2020 第六百七十四条")]
    // Punctuation and width do not matter.
    [InlineData("自然人 享有隐私权; 任何组织或者个人不得以刺探/侵扰/泄露/公开等方式侵害他人的隐私权!", "民法典 2020 第一千零三十二条")]
    public void Find_ReturnsTheArticleContainingThePassage(string passage, string expected)
    {
        var contained = Index.Find(passage).Where(m => m.Contained).Select(Describe).ToList();
        Assert.Contains(contained, d => d.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Find_GroupsTheSameTextAcrossVersions()
    {
        // 民事诉讼法 2017 第二百四十三条 = 2021 第二百五十条 = 2023 第二百五十四条: one text, three versions.
        var best = Index.Find("人民法院有权扣留、提取被执行人应当履行义务部分的收入")[0];
        Assert.True(best.Contained);
        var found = Describe(best);
        Assert.Contains("民事诉讼法 2023 第二百五十四条", found, StringComparison.Ordinal);
        Assert.Contains("民事诉讼法 2021 第二百五十条", found, StringComparison.Ordinal);
        Assert.Contains("民事诉讼法 2017 第二百四十三条", found, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_ChangedWords_StillFindTheNearestArticle()
    {
        var best = Index.Find("公民享有隐私权。任何组织或者个人不得以刺探、侵扰、泄露、公开等方式侵害他人的隐私权。")[0];
        Assert.False(best.Contained);
        Assert.True(best.Score > 0.8, $"score {best.Score}");
        Assert.Contains("民法典 2020 第一千零三十二条", Describe(best), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("今天天气很好，我们一起去公园散步吧。")]
    [InlineData("催收")]
    public void Find_TextInNoLaw_FindsNothingContaining(string passage) =>
        Assert.DoesNotContain(Index.Find(passage), m => m.Contained && m.Score >= 1);

    [Theory]
    [InlineData("自然人享有隐私权。任何组织或者个人不得以刺探、侵扰、泄露、公开等方式侵害他人的隐私权。")]
    [InlineData("公民享有隐私权。任何组织或者个人不得以刺探、侵扰、泄露、公开等方式侵害他人的隐私权。")]
    [InlineData("借款人应当按照约定的期限支付利息……借款期间不满一年的，应当在返还借款时一并支付")]
    [InlineData("人民法院有权扣留、提取被执行人应当履行义务部分的收入")]
    [InlineData("今天天气很好，我们一起去公园散步吧。")]
    public void TheIndexStoredInTheTable_FindsWhatOneBuiltFromTheTableFinds(string passage)
    {
        // The table carries the index its compiler built; a fresh build from the same table must agree with it.
        var built = Built.Value;
        Assert.Equal(built.TextCount, Index.TextCount);
        Assert.Equal(
            built.Find(passage, max: 8, minimumScore: 0.3).Select(m => $"{Describe(m)} {m.Score:F3} {m.Contained}"),
            Index.Find(passage, max: 8, minimumScore: 0.3).Select(m => $"{Describe(m)} {m.Score:F3} {m.Contained}"));
    }

    private static readonly Lazy<QuoteIndex> Built = new(() => QuoteIndex.Build(StatuteTable.Default));
}
