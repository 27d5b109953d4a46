using CitationLint.Analysis;
using CitationLint.Documents;

namespace CitationLint.Core.Tests.Analysis;

public sealed class ReferenceResolverTests
{
    private static List<string> Resolve(string text) =>
        DocumentAnalyzer.Analyze(DocumentReader.Read("r", text, DocumentFormat.PlainText)).References
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
    // A bare 第二款 right after a citation on the same line is a paragraph of that article.
    [InlineData("《民事诉讼法》第二百四十三条，以及第二款", "民事诉讼法|243||;民事诉讼法|243|2|")]
    // …but not on another line, and a bare 第N条 with no law in reach is not a citation.
    [InlineData("《民事诉讼法》第二百四十三条。\n第二款", "民事诉讼法|243||")]
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
    [InlineData("《民事诉讼法》（2017年修正）第二百四十四条", "2017年修正", 2017)]
    [InlineData("2021年修正的民事诉讼法第二百五十一条", "2021年修正", 2021)]
    [InlineData("《婚姻法》（2001修正）第十七条", "2001修正", 2001)]
    [InlineData("旧《公司法》第二十条", "旧", null)]
    [InlineData("《民法典》第1032条", null, null)]
    public void VersionQualifiers_AreRecorded(string text, string? qualifier, int? year)
    {
        var reference = DocumentAnalyzer.Analyze(DocumentReader.Read("v", text, DocumentFormat.PlainText)).References[0];
        Assert.Equal(qualifier, reference.Citation.Law?.Version?.Text);
        Assert.Equal(year, reference.Citation.Law?.Version?.Year);
    }

    [Fact]
    public void AliasDefinitions_AreRecorded()
    {
        var reference = DocumentAnalyzer.Analyze(DocumentReader.Read("a", "《中华人民共和国侵权责任法》（以下简称《侵权责任法》）第六条", DocumentFormat.PlainText)).References[0];
        Assert.Equal("侵权责任法", reference.Citation.Law?.DefinedAlias);
        Assert.Equal("中华人民共和国侵权责任法", reference.LawName);
    }
}
