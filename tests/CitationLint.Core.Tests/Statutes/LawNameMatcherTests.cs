using CitationLint.Statutes.Table;

namespace CitationLint.Core.Tests.Statutes;

/// <summary>
/// Which law a name as written stands for (the bundled table): exact names, accepted variants, clear misspellings —
/// and the names no law clearly answers to, which must stay unknown rather than be guessed.
/// </summary>
public sealed class LawNameMatcherTests
{
    private static readonly StatuteTable Table = StatuteTable.Default;

    [Theory]
    // Exact: official titles and short titles; Alias: the reviewed aliases (half-width parentheses too).
    [InlineData("中华人民共和国民法典", "中华人民共和国民法典", NameMatchKind.Exact)]
    [InlineData("民诉法", "中华人民共和国民事诉讼法", NameMatchKind.Alias)]
    [InlineData("侵权法", "中华人民共和国侵权责任法", NameMatchKind.Alias)] // never 物权法, one character away
    [InlineData("婚姻法解释(二)", "最高人民法院关于适用《中华人民共和国婚姻法》若干问题的解释（二）", NameMatchKind.Alias)]
    [InlineData("人身损害赔偿解释", "最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释", NameMatchKind.Alias)]
    [InlineData("劳动争议司法解释(四)", "最高人民法院关于审理劳动争议案件适用法律若干问题的解释（四）", NameMatchKind.Alias)]
    [InlineData("公司法解释（三）", "最高人民法院关于适用《中华人民共和国公司法》若干问题的规定（三）", NameMatchKind.Alias)]
    [InlineData("民法通则意见", "最高人民法院关于贯彻执行《中华人民共和国民法通则》若干问题的意见（试行）", NameMatchKind.Alias)]
    // Variants: no issuer, no parentheses around the number, masked characters.
    [InlineData("关于审理民间借贷案件适用法律若干问题的规定", "最高人民法院关于审理民间借贷案件适用法律若干问题的规定", NameMatchKind.Variant)]
    [InlineData("刑法修正案九", "中华人民共和国刑法修正案（九）", NameMatchKind.Variant)]
    [InlineData("婚姻法解释二", "最高人民法院关于适用《中华人民共和国婚姻法》若干问题的解释（二）", NameMatchKind.Variant)]
    [InlineData("中华人民***和国民事诉讼法", "中华人民共和国民事诉讼法", NameMatchKind.Variant)]
    // Misspellings one law clearly answers to.
    [InlineData("中华人民共和民法典", "中华人民共和国民法典", NameMatchKind.Misspelt)]
    [InlineData("中华人民共和国民事诉讼", "中华人民共和国民事诉讼法", NameMatchKind.Misspelt)]
    [InlineData("刑事诉讼", "中华人民共和国刑事诉讼法", NameMatchKind.Misspelt)] // its own law, never 民事诉讼法 one character away
    [InlineData("劳动合同法实施条列", "中华人民共和国劳动合同法实施条例", NameMatchKind.Misspelt)]
    [InlineData("民法点", "中华人民共和国民法典", NameMatchKind.Misspelt)]
    [InlineData("道路交通安全实施条例", "中华人民共和国道路交通安全法实施条例", NameMatchKind.Misspelt)]
    [InlineData("最高人民关于审理民间借贷案件适用法律若干问题的规定", "最高人民法院关于审理民间借贷案件适用法律若干问题的规定", NameMatchKind.Misspelt)]
    [InlineData("最高人民法院关于执行程序中计算迟履行期间的债务利息适用法律若干问题的解释", "最高人民法院关于执行程序中计算迟延履行期间的债务利息适用法律若干问题的解释", NameMatchKind.Misspelt)]
    [InlineData("最高人民法院关于审理劳动争议案件若干问题的解释(一)", "最高人民法院关于审理劳动争议案件适用法律问题的解释（一）", NameMatchKind.Misspelt)]
    public void Match_FindsTheLawMeant(string written, string title, NameMatchKind kind)
    {
        var match = Table.Match(written);
        Assert.NotNull(match);
        Assert.Equal(title, match.Value.Statute.Title);
        Assert.Equal(kind, match.Value.Kind);
    }

    [Theory]
    [InlineData("公安处罚法")] // 治安管理处罚法 or 行政处罚法? Neither is clearly meant.
    [InlineData("食品法")] // two edits from 食品安全法 in three characters; one from the alias 食安法, which is matched only exactly
    [InlineData("关于审理盗窃案件具体应用法律若干问题的解释")] // the 1998 interpretation, not held: 诈骗 or 非法行医 share only boilerplate
    [InlineData("贷款逾期催收公约")]
    [InlineData("租赁合同")]
    [InlineData("保权法")] // one character from 物权法 and from 保险法: neither keeps the start a short name must keep
    [InlineData("城市规划法")] // not 城乡规划法: the repealed law is listed by name (CL0011), see the next test
    [InlineData("民法")] // too short to correct
    [InlineData("人民***")] // too little left unmasked
    public void Match_SaysNothingWhenNoLawIsClearlyMeant(string written) =>
        Assert.True(Table.Match(written) is not { } match || match.Statute.NameOnly, $"{written} → {Table.Match(written)?.Statute.Title}");

    [Fact]
    public void RepealedLawsTheTableLacks_AreKnownByName_NotTakenForTheirSuccessors()
    {
        foreach (var name in (string[])["城市规划法", "食品卫生法", "经济合同法"])
        {
            var match = Table.Match(name);
            Assert.True(match is { Statute.NameOnly: true }, $"{name} → {match?.Statute.Title}");
        }
    }

    [Theory]
    [InlineData("贷款逾期催收公约", "互联网金融逾期债务催收自律公约（试行）")]
    [InlineData("公安处罚法", null)] // 行政处罚法 and 治安管理处罚法 are equally near: no guess
    [InlineData("关于审理盗窃案件具体应用法律若干问题的解释", null)] // never 非法行医 for 盗窃
    [InlineData("人力资源社会保障部关于香港澳门台湾居民在内地(大陆)就业有关事项的通知", null)] // the issuer alone is no likeness
    [InlineData("关于实施若干问题的意见", null)]
    [InlineData("最高人民法院关于适用<合同法>若干问题的解释", null)] // (一) or (二)?
    [InlineData("外国人工作许可通知", null)]
    public void ClosestTitle_SuggestsOnlyALawAReaderWouldAgreeWith(string written, string? expected) =>
        Assert.Equal(expected, Table.ClosestTitle(written)?.Title);

    [Theory]
    [InlineData("民法点", "民法典", 1, 1)]
    [InlineData("中华人民***和国", "中华人民共和国", 0, 0)] // a masked run stands for any characters
    [InlineData("最高*", "最高人民法院", 0, 0)]
    [InlineData("*x民法典", "民法典", 9, 1)] // the mask is free, the x is not
    [InlineData("若干问题", "适用法律问题", 9, 4)]
    [InlineData("若干问题", "适用法律问题", 2, 3)] // stops past the limit
    public void Distance_CountsEditsWithMasks(string written, string name, int limit, int expected) =>
        Assert.Equal(expected, LawNameMatcher.Distance(written, name, limit));

    [Theory]
    [InlineData(0, 2)]
    [InlineData(1, 3)]
    [InlineData(1, 8)]
    [InlineData(2, 9)]
    [InlineData(2, 16)]
    [InlineData(4, 27)]
    public void MaxEdits_GrowWithTheName(int edits, int length) => Assert.Equal(edits, LawNameMatcher.MaxEdits(length));

    // The matcher compiled into the table (read in place) answers every name as one built from the table's names
    // would: every tenth law's names as written, cut short and misspelt; and, for every 50th law (a masked name is
    // compared with every name), with a masked start.
    [Fact]
    public void CompiledMatcher_AnswersAsOneBuiltFromTheNames()
    {
        var compiled = LawNameMatcher.Read(Table);
        var built = LawNameMatcher.Build(Table);
        foreach (var statute in Table.Statutes.Where(s => s.Index % 10 == 0))
        {
            foreach (var name in (string[])[statute.Title, statute.ShortTitle])
            {
                string[] written = statute.Index % 50 == 0
                    ? [name, name[..^1], name[..^1] + "点", name.Replace("法", "发", StringComparison.Ordinal), "**" + name[2..]]
                    : [name, name[..^1], name[..^1] + "点", name.Replace("法", "发", StringComparison.Ordinal)];
                foreach (var variant in written)
                {
                    Assert.Equal(built.Match(variant), compiled.Match(variant));
                    Assert.Equal(built.Suggest(variant), compiled.Suggest(variant));
                }
            }
        }
    }
}
