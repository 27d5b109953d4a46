using CitationLint.Documents;

namespace CitationLint.Core.Tests.Analysis;

public sealed class ReferenceResolverTests
{
    private static List<string> Resolve(string text) =>
        TestPipeline.Default.Analyze(DocumentReader.Read("r", text, DocumentFormat.PlainText)).References
            .Select(r => $"{r.LawName ?? "?"}|{r.Article}|{r.Paragraph}|{r.Item}")
            .ToList();

    [Theory]
    // 本法 and bare numbers inside a quote belong to the quoted law.
    [InlineData("《民法典》第六百七十五条：“依据本法第五百一十条的规定仍不能确定的”", "民法典|675||;民法典|510||")]
    [InlineData("《刑法》第三百零三条：“依照第二百六十四条的规定定罪”", "刑法|303||;刑法|264||")]
    // 本条 and 前款 inside a quote are the quoted article (前款: the paragraph before the cited one).
    [InlineData("《民法典》第一千零三十二条：“本条第二款所称的私密信息”", "民法典|1032||;民法典|1032|2|")]
    [InlineData("《刑法》第二百九十三条第二款：“有前款行为的”", "刑法|293|2|;刑法|293|1|")]
    // 该法 and 同法 take the law named last, in prose too.
    [InlineData("依照《劳动合同法》第三十九条，该法第四十条另有规定", "劳动合同法|39||;劳动合同法|40||")]
    [InlineData("《民法典》第1032条和《刑法》第253条，同法第253条之一", "民法典|1032||;刑法|253||;刑法|253-1||")]
    // A bare 第二款 after a citation in the same paragraph is a paragraph of that article…
    [InlineData("《民事诉讼法》第二百四十三条，以及第二款", "民事诉讼法|243||;民事诉讼法|243|2|")]
    [InlineData("《民事诉讼法》第二百四十三条。\n第二款规定", "民事诉讼法|243||;民事诉讼法|243|2|")]
    // …but not after a blank line, and a bare 第N条 with no law in reach is not a citation.
    [InlineData("《民事诉讼法》第二百四十三条。\n\n第二款规定", "民事诉讼法|243||")]
    [InlineData("第三条规定了适用范围", "")]
    // With nothing to refer to, 本法 / 该法 / 本条 / 前款 stay unresolved (CL0006 reports them).
    [InlineData("本法第十条", "?|10||")]
    [InlineData("该法第十条", "?|10||")]
    [InlineData("本条第二款", "?||2|")]
    [InlineData("前款", "?|||")]
    public void ResolvesFromContext(string text, string expected)
    {
        var want = expected.Length == 0 ? [] : expected.Split(';').ToList();
        Assert.Equal(want, Resolve(text));
    }

    [Theory]
    // A heading or title line names the law; the articles follow on their own lines.
    [InlineData("【法律依据】\n《中华人民共和国民法典》\n第一千一百二十七条 遗产按照下列顺序继承：\n第一千一百二十八条 被继承人的子女先于被继承人死亡的……",
        "中华人民共和国民法典|1127||;中华人民共和国民法典|1128||")]
    [InlineData("相关法条\n\n《劳动合同法》\n\n第三十八条 用人单位有下列情形之一的……\n\n第三十九条 劳动者有下列情形之一的……",
        "劳动合同法|38||;劳动合同法|39||")]
    // A paragraph names the law once and goes on with bare numbers; an Arabic range after the name in the sentence.
    [InlineData("劳动合同法对解除有详细规定，第三十八条讲劳动者解除，第三十九条讲过失性辞退。", "劳动合同法|38||;劳动合同法|39||")]
    [InlineData("依照劳动合同法的有关规定，第40-44条分别规定了", "劳动合同法|40||;劳动合同法|41||;劳动合同法|42||;劳动合同法|43||;劳动合同法|44||")]
    // Another law takes over.
    [InlineData("《民法典》第一千零四十二条禁止借婚姻索取财物。《刑法》第二百五十七条也有规定，第二百五十八条规定重婚罪。",
        "民法典|1042||;刑法|257||;刑法|258||")]
    // Never a contract's or a foreign code's clause.
    [InlineData("《民法典》第七百零三条规定了租赁。《房屋租赁合同》第六条约定押金，该合同第七条约定违约金。", "民法典|703||")]
    [InlineData("《民法典》第一千一百六十五条源自法国民法典第1382条。第1383条亦然。", "民法典|1165||;法国民法典|1382||")]
    // 本法 in prose takes the governing law of its kind only: 本规定 is not the 民事诉讼法 named before it.
    [InlineData("民事诉讼法第二百四十九条与本规定第四十一条", "民事诉讼法|249||;?|41||")]
    [InlineData("《中华人民共和国民法典》\n第一千零三十二条 …… 本法所称隐私", "中华人民共和国民法典|1032||")]
    // In statute text pasted without quotation marks, 本法 is the cited law and 前款/第二款 the cited article.
    [InlineData("《劳动合同法》第八十七条 用人单位违反本法规定解除或者终止劳动合同的，应当依照本法第四十七条规定的经济补偿标准的二倍向劳动者支付赔偿金。",
        "劳动合同法|87||;劳动合同法|47||")]
    [InlineData("《刑法》第一百三十三条之一规定\n（一）追逐竞驶，情节恶劣的；\n机动车所有人对前款第三项行为负有直接责任的。\n有前两款行为的，依照处罚较重的规定。",
        "刑法|133-1||;刑法|133-1||3;刑法|133-1||")]
    // 新法/原解释 name the law named last.
    [InlineData("新修订的《治安管理处罚法》（以下简称“新法”）施行后，新法第十九条规定", "治安管理处罚法|||;治安管理处罚法|19||")]
    // An abbreviation the text defines names the law it was defined for.
    [InlineData("《中华人民共和国侵权责任法》（以下简称《侵责法》）第六条……《侵责法》第十六条", "中华人民共和国侵权责任法|6||;中华人民共和国侵权责任法|16||")]
    [InlineData("《中华人民共和国侵权责任法》（本文简称《侵责法》）第六条规定过错责任，《侵责法》第七条规定无过错责任", "中华人民共和国侵权责任法|6||;中华人民共和国侵权责任法|7||")]
    [InlineData("《中华人民共和国劳动合同法》（以下简称“该法”）第三十九条……该法第四十条", "中华人民共和国劳动合同法|39||;中华人民共和国劳动合同法|40||")]
    // Traditional script resolves like simplified text.
    [InlineData("國家賠償法第二十六條規定", "国家赔偿法|26||")]
    [InlineData("依照《最高人民法院關於適用〈中華人民共和國民事訴訟法〉的解釋》第九十條", "最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释|90||")]
    [InlineData("刑事訴訟法的規定\n\n第六十七條 人民法院、人民檢察院和公安機關對有下列情形之一的……", "刑事诉讼法|67||")]
    public void BareArticles_TakeTheLawThatGovernsTheirBlock(string text, string expected)
    {
        Assert.Equal(expected.Split(';').ToList(), Resolve(text));
    }

    [Fact]
    public void StatuteText_WithoutAName_IsRecognisedByItsArticle()
    {
        // 民法典 第一千零三十二条 pasted on its own, as a page quoting a provision without naming the law does.
        Assert.Equal(
            ["中华人民共和国民法典|1032||"],
            Resolve("第一千零三十二条 自然人享有隐私权。任何组织或者个人不得以刺探、侵扰、泄露、公开等方式侵害他人的隐私权。"));
        // A number that does not carry that text, or too little text, is no citation.
        Assert.Empty(Resolve("第一千零三十三条 自然人享有隐私权。任何组织或者个人不得以刺探、侵扰、泄露、公开等方式侵害他人的隐私权。"));
        Assert.Empty(Resolve("第一条 申请的期限"));
    }

    [Fact]
    public void DocumentTitle_GivesItsArticleHeadingsTheTitlesLaw()
    {
        const string text = "最高人民法院\n关于审理劳动争议案件适用法律问题的解释（一）\n\n第一条 劳动者与用人单位之间发生的下列纠纷……\n\n第二条 下列纠纷不属于劳动争议：本解释第一条……";
        Assert.Equal(
            ["最高人民法院关于审理劳动争议案件适用法律问题的解释（一）|1||", "最高人民法院关于审理劳动争议案件适用法律问题的解释（一）|2||", "最高人民法院关于审理劳动争议案件适用法律问题的解释（一）|1||"],
            Resolve(text));
    }

    [Theory]
    [InlineData("《民事诉讼法》（2017年修正）第二百四十四条", "2017年修正", 2017)]
    [InlineData("2021年修正的民事诉讼法第二百五十一条", "2021年修正", 2021)]
    [InlineData("《婚姻法》（2001修正）第十七条", "2001修正", 2001)]
    [InlineData("旧《公司法》第二十条", "旧", null)]
    [InlineData("《民法典》第1032条", null, null)]
    public void VersionQualifiers_AreRecorded(string text, string? qualifier, int? year)
    {
        var reference = TestPipeline.Default.Analyze(DocumentReader.Read("v", text, DocumentFormat.PlainText)).References[0];
        Assert.Equal(qualifier, reference.Citation.Law?.Version?.Text);
        Assert.Equal(year, reference.Citation.Law?.Version?.Year);
    }

    [Fact]
    public void AliasDefinitions_AreRecorded()
    {
        var reference = TestPipeline.Default.Analyze(DocumentReader.Read("a", "《中华人民共和国侵权责任法》（以下简称《侵权责任法》）第六条", DocumentFormat.PlainText)).References[0];
        Assert.Equal("侵权责任法", reference.Citation.Law?.DefinedAlias);
        Assert.Equal("中华人民共和国侵权责任法", reference.LawName);
    }
}
