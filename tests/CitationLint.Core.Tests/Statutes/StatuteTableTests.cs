using CitationLint.Statutes.Table;
using CitationLint.Syntax;

namespace CitationLint.Core.Tests.Statutes;

/// <summary>The bundled table (compiled from statutes/ at build time): counts, texts, dates, maps, names.</summary>
public sealed class StatuteTableTests
{
    private static readonly StatuteTable Table = StatuteTable.Default;

    private static Statute Law(string name) => Table.Find(name) ?? throw new Xunit.Sdk.XunitException($"no law {name}");

    private static StatuteVersion Version(string name, string date) =>
        Law(name).Versions.Single(v => v.Date == DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

    private static Provision Article(string name, string date, int number, int sub = 0) =>
        Version(name, date).Find(new ArticleNumber(number, sub)) ?? throw new Xunit.Sdk.XunitException($"no {number} in {name} {date}");

    [Theory]
    [InlineData("民法典", "2020-05-28", 1260)]
    [InlineData("民事诉讼法", "2023-09-01", 306)]
    [InlineData("民事诉讼法", "2021-12-24", 291)]
    [InlineData("民事诉讼法", "2017-06-27", 284)]
    [InlineData("民事诉讼法", "2012-08-31", 284)]
    [InlineData("民事诉讼法", "1991-04-09", 270)]
    [InlineData("治安管理处罚法", "2012-10-26", 119)]
    [InlineData("治安管理处罚法", "2025-06-27", 144)]
    [InlineData("公司法", "2018-10-26", 218)]
    [InlineData("公司法", "2023-12-29", 266)]
    [InlineData("合同法", "1999-03-15", 428)]
    [InlineData("侵权责任法", "2009-12-26", 92)]
    [InlineData("物权法", "2007-03-16", 247)]
    [InlineData("婚姻法", "2001-04-28", 51)]
    [InlineData("继承法", "1985-04-10", 37)]
    [InlineData("民法通则", "2009-08-27", 156)]
    [InlineData("民法总则", "2017-03-15", 206)]
    [InlineData("担保法", "1995-06-30", 96)]
    [InlineData("收养法", "1998-11-04", 34)]
    [InlineData("刑法", "2020-12-26", 505)]
    [InlineData("刑法", "2023-12-29", 505)]
    [InlineData("网络安全法", "2025-10-28", 81)]
    public void Versions_HaveTheirArticleCounts(string law, string version, int count) =>
        Assert.Equal(count, Version(law, version).ArticleCount);

    [Fact]
    public void Laws_WithSeveralVersions_HaveEveryVersionInTheSources()
    {
        Assert.Equal(["1991-04-09", "2007-10-28", "2012-08-31", "2017-06-27", "2021-12-24", "2023-09-01"],
            Law("民事诉讼法").Versions.Select(v => v.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal([1997, 2020, 2023], Law("刑法").Versions.Select(v => v.Date.Year));
    }

    [Theory]
    [InlineData("民法典", "2020-05-28", 1032, 0, "自然人享有隐私权。任何组织或者个人不得以刺探、侵扰、泄露、公开等方式侵害他人的隐私权。")]
    [InlineData("民法典", "2020-05-28", 577, 0, "当事人一方不履行合同义务或者履行合同义务不符合约定的，应当承担继续履行、采取补救措施或者赔偿损失等违约责任。")]
    [InlineData("合同法", "1999-03-15", 107, 0, "当事人一方不履行合同义务或者履行合同义务不符合约定的，应当承担继续履行、采取补救措施或者赔偿损失等违约责任。")]
    [InlineData("刑法", "2023-12-29", 293, 1, "有下列情形之一，催收高利放贷等产生的非法债务，情节严重的，处三年以下有期徒刑、拘役或者管制，并处或者单处罚金：")]
    [InlineData("治安管理处罚法", "2025-06-27", 50, 0, "有下列行为之一的，处五日以下拘留或者一千元以下罚款；情节较重的，处五日以上十日以下拘留，可以并处一千元以下罚款：")]
    public void Articles_HoldTheRealText(string law, string version, int number, int sub, string firstParagraph) =>
        Assert.Equal(firstParagraph, Article(law, version, number, sub).Paragraphs[0].Text);

    [Fact]
    public void Paragraphs_AndItems_AreStructured()
    {
        var article = Article("治安管理处罚法", "2025-06-27", 50);
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.Equal(6, article.Paragraphs[0].Items.Count);
        Assert.StartsWith("（五）多次发送淫秽、侮辱、恐吓等信息", article.Paragraphs[0].Items[4], StringComparison.Ordinal);
        Assert.StartsWith("有前款第五项规定的滋扰", article.Paragraphs[1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("民法典", "2020-05-28", 1032, "人格权编 / 第六章 隐私权和个人信息保护")]
    [InlineData("刑法", "2023-12-29", 293, "第二编 分则 / 第六章 妨害社会管理秩序罪 / 第一节 扰乱公共秩序罪")]
    public void Articles_KnowTheirHeadings(string law, string version, int number, string heading) =>
        Assert.Equal(heading, Article(law, version, number).Heading);

    [Theory]
    [InlineData("民事诉讼法", "2017-06-27", 244, new[] { 251, 255 })]
    [InlineData("民事诉讼法", "2017-06-27", 243, new[] { 250, 254 })]
    [InlineData("治安管理处罚法", "2012-10-26", 42, new[] { 50 })]
    public void RenumberingMaps_FollowTheProvision(string law, string version, int number, int[] later)
    {
        var provision = Article(law, version, number);
        var numbers = new List<int>();
        while (provision.Next is { } next)
        {
            numbers.Add(next.Number.Number);
            provision = next;
        }

        Assert.Equal(later, numbers);
    }

    [Fact]
    public void RenumberingMaps_GoBackwardsToo() =>
        Assert.Equal(42, Article("治安管理处罚法", "2025-06-27", 50).Previous?.Number.Number);

    [Fact]
    public void NewArticle42_Of2025_IsADifferentProvision() =>
        Assert.NotEqual(42, Article("治安管理处罚法", "2025-06-27", 42).Previous?.Number.Number);

    [Theory]
    [InlineData("合同法", 107, 577)]
    [InlineData("侵权责任法", 6, 1165)]
    [InlineData("物权法", 9, 209)]
    public void RepealedLaws_MapToTheCivilCode(string law, int number, int successor)
    {
        var statute = Law(law);
        Assert.Equal(new DateOnly(2021, 1, 1), statute.Repealed);
        Assert.Equal("中华人民共和国民法典", statute.Successor?.Title);
        var provision = statute.Latest!.Value.Find(new ArticleNumber(number, 0))!.Value;
        Assert.Equal(successor, provision.Successor?.Number.Number);
    }

    [Theory]
    [InlineData("治安管理处罚法", "2025-06-27", "2026-01-01")] // a 修订: its last article says so
    [InlineData("民法典", "2020-05-28", "2021-01-01")]
    [InlineData("民事诉讼法", "2023-09-01", "2024-01-01")] // a 修正: from the reviewed table
    [InlineData("民事诉讼法", "2021-12-24", "2022-01-01")]
    [InlineData("刑法", "2020-12-26", "2021-03-01")]
    public void Versions_KnowWhenTheyTookEffect(string law, string version, string effective) =>
        Assert.Equal(DateOnly.Parse(effective, System.Globalization.CultureInfo.InvariantCulture), Version(law, version).Effective);

    [Fact]
    public void EveryVersion_SaysWhereItsDateOfEffectComesFrom()
    {
        foreach (var statute in Table.Statutes)
        {
            foreach (var version in statute.Versions)
                Assert.Matches("^(reviewed|header|text|fallback)", version.EffectiveSource);
        }
    }

    [Theory]
    [InlineData("2025-12-31", "2012-10-26")]
    [InlineData("2026-01-01", "2025-06-27")]
    [InlineData("2013-06-01", "2012-10-26")]
    public void InForceOn_PicksTheVersionInForce(string date, string version) =>
        Assert.Equal(DateOnly.Parse(version, System.Globalization.CultureInfo.InvariantCulture),
            Law("治安管理处罚法").InForceOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))?.Date);

    [Theory]
    [InlineData("民诉法", "中华人民共和国民事诉讼法")]
    [InlineData("刑诉法", "中华人民共和国刑事诉讼法")]
    [InlineData("行诉法", "中华人民共和国行政诉讼法")]
    [InlineData("个保法", "中华人民共和国个人信息保护法")]
    [InlineData("消保法", "中华人民共和国消费者权益保护法")]
    [InlineData("民诉法解释", "最高人民法院关于适用《中华人民共和国民事诉讼法》的解释")]
    [InlineData("最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释", "最高人民法院关于适用《中华人民共和国民事诉讼法》的解释")]
    [InlineData("最高人民法院关于适用《民事诉讼法》的解释", "最高人民法院关于适用《中华人民共和国民事诉讼法》的解释")]
    [InlineData("中华人民共和国民法典", "中华人民共和国民法典")]
    [InlineData("民法典", "中华人民共和国民法典")]
    [InlineData("民 法 典", "中华人民共和国民法典")]
    [InlineData("刑法修正案（十一）", "中华人民共和国刑法修正案（十一）")]
    [InlineData("互联网金融逾期债务催收自律公约", "互联网金融逾期债务催收自律公约（试行）")]
    public void Names_ResolveToTheirLaw(string name, string title) => Assert.Equal(title, Table.Find(name)?.Title);

    [Theory]
    [InlineData("贷款逾期催收公约")]
    [InlineData("网络借贷催收管理条例")]
    [InlineData("红楼梦")]
    public void UnknownNames_ResolveToNothing(string name) => Assert.Null(Table.Find(name));

    [Fact]
    public void CriminalLawAmendments_AreLawsOfTheirOwn()
    {
        var amendment = Law("刑法修正案（十一）");
        Assert.Equal("法律", amendment.Level);
        Assert.NotNull(amendment.Latest!.Value.Find(new ArticleNumber(1, 0)));
        Assert.NotEqual(Law("刑法").Index, amendment.Index);
    }

    [Fact]
    public void NameOnlyDocuments_HaveNoText()
    {
        var convention = Law("互联网金融逾期债务催收自律公约（试行）");
        Assert.True(convention.NameOnly);
        Assert.Empty(convention.Versions);
    }

    [Theory]
    [InlineData("民法典", "法律")]
    [InlineData("民诉法解释", "司法解释")]
    [InlineData("专利法实施细则", "行政法规")]
    public void Laws_HaveTheirLevel(string name, string level) => Assert.Equal(level, Law(name).Level);
}
