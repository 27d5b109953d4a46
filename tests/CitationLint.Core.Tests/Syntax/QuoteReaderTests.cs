using CitationLint.Analysis;
using CitationLint.Documents;
using CitationLint.Syntax;

namespace CitationLint.Core.Tests.Syntax;

public sealed class QuoteReaderTests
{
    private static ArticleReference First(string text, DocumentFormat format = DocumentFormat.PlainText) =>
        TestPipeline.Default.Analyze(DocumentReader.Read("q", text, format)).References[0];

    [Theory]
    [InlineData("《民法典》第一千零三十二条“自然人享有隐私权。”", "自然人享有隐私权。", QuoteStyle.Marked)]
    [InlineData("《民法典》第一千零三十二条：“自然人享有隐私权。”", "自然人享有隐私权。", QuoteStyle.Marked)]
    [InlineData("《民法典》第一千零三十二条规定：“自然人享有隐私权。”后文", "自然人享有隐私权。", QuoteStyle.Marked)]
    [InlineData("《民法典》第一千零三十二条明确规定，“自然人享有隐私权。”", null, null)]
    [InlineData("《民法典》第1032条:「自然人享有隐私权。」", "自然人享有隐私权。", QuoteStyle.Marked)]
    [InlineData("《民法典》第1032条: \"自然人享有隐私权。\"", "自然人享有隐私权。", QuoteStyle.Marked)]
    [InlineData("《民法典》第1032条：“他说‘自然人’享有“隐私权”。”", "他说‘自然人’享有“隐私权”。", QuoteStyle.Marked)]
    [InlineData("《民法典》第1032条：自然人享有隐私权。\n下一段", "自然人享有隐私权。", QuoteStyle.RestOfLine)]
    [InlineData("《民法典》第1032条：自然人享有隐私权。《民法典》第1033条：除法律另有规定", "自然人享有隐私权。", QuoteStyle.RestOfLine)]
    [InlineData("《民法典》第1032条：\n自然人享有隐私权。\n下一段", "自然人享有隐私权。", QuoteStyle.NextParagraph)]
    [InlineData("《民法典》第1032条：\n\n“自然人享有隐私权。\n任何组织不得侵害。”", "自然人享有隐私权。\n任何组织不得侵害。", QuoteStyle.Marked)]
    [InlineData("1. 《民法典》第1032条\n   自然人享有隐私权。", "自然人享有隐私权。", QuoteStyle.NextParagraph)]
    [InlineData("【法条】《民法典》\n第一千零三十二条 自然人享有隐私权。", "自然人享有隐私权。", QuoteStyle.RestOfLine)]
    [InlineData("《民法典》第1032条 自然人享有隐私权。", "自然人享有隐私权。", QuoteStyle.Implicit)]
    [InlineData("《民法典》第1032条 自然人享有隐私权。 第一千零三十三条 除法律另有规定外", "自然人享有隐私权。", QuoteStyle.Implicit)]
    [InlineData("《民法典》第1032条 自然人享有隐私权。　第1033条　除法律另有规定外", "自然人享有隐私权。", QuoteStyle.Implicit)]
    [InlineData("《民法典》第1032条：自然人享有隐私权。 第一千零三十三条 除法律另有规定外", "自然人享有隐私权。", QuoteStyle.RestOfLine)]
    [InlineData("《民法典》第1032条 自然人享有隐私权。 第一千零三十三条规定的除外。", "自然人享有隐私权。 第一千零三十三条规定的除外。", QuoteStyle.Implicit)]
    [InlineData("《民法典》第1032条 自然人享有隐私权，第一千零三十三条 除外。", "自然人享有隐私权，第一千零三十三条 除外。", QuoteStyle.Implicit)]
    [InlineData("《民法典》第1032条 的规定", null, null)]
    [InlineData("《民法典》第1032条规定，自然人享有隐私权。", null, null)]
    [InlineData("根据《民法典》第1032条\n自然人享有隐私权。", null, null)]
    [InlineData("- 《民法典》第1032条\n- 《民法典》第1033条", null, null)]
    [InlineData("《民法典》第1032条：“没有结尾的引号\n\n另一段”", null, null)]
    public void ReadsTheQuoteAfterACitation(string text, string? expected, QuoteStyle? style)
    {
        var quote = First(text).Quote;
        Assert.Equal(expected, quote?.Text);
        Assert.Equal(style, quote?.Style);
    }

    [Fact]
    public void ReadsAMarkdownQuoteBlock_WithoutItsMarkers()
    {
        const string markdown = "《民法典》第一千零三十二条：\n\n> 自然人享有隐私权。\n> 任何组织或者个人不得侵害他人的隐私权。\n\n正文";
        var reference = First(markdown, DocumentFormat.Markdown);
        Assert.Equal("自然人享有隐私权。\n任何组织或者个人不得侵害他人的隐私权。", reference.Quote?.Text);
        Assert.Equal(QuoteStyle.NextParagraph, reference.Quote?.Style);
    }

    [Fact]
    public void QuoteSpan_IsInsideTheMarks()
    {
        const string text = "见《民法典》第1032条：“自然人享有隐私权。”";
        var reference = First(text);
        Assert.Equal("自然人享有隐私权。", text.Substring(reference.Quote!.Span.Start, reference.Quote.Span.Length));
    }

    [Fact]
    public void AllArticlesOfAListShareTheQuote()
    {
        var references = TestPipeline.Default.Analyze(DocumentReader.Read("q", "《民法典》第1032条、第1033条：自然人享有隐私权。", DocumentFormat.PlainText)).References;
        Assert.Equal(2, references.Count);
        Assert.All(references, r => Assert.Equal("自然人享有隐私权。", r.Quote?.Text));
    }
}
