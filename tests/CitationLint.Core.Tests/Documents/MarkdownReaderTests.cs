using CitationLint.Documents;

namespace CitationLint.Core.Tests.Documents;

public sealed class MarkdownReaderTests
{
    private static List<string> Citations(string markdown) =>
        TestPipeline.Default.Analyze(DocumentReader.Read("test.md", markdown, DocumentFormat.Markdown)).References
            .Select(r => $"{r.LawName}|{r.Article}")
            .ToList();

    [Theory]
    [InlineData("```\n《民法典》第1032条\n```\n", "fenced code block")]
    [InlineData("~~~text\n《民法典》第1032条\n~~~\n", "tilde fence")]
    [InlineData("    《民法典》第1032条\n", "indented code block")]
    [InlineData("看 `《民法典》第1032条` 这里\n", "inline code")]
    [InlineData("<div>《民法典》第1032条</div>\n", "HTML block")]
    [InlineData("文字<span title=\"《民法典》第1032条\">x</span>\n", "inline HTML")]
    [InlineData("[链接](https://example.com/《民法典》第1032条)\n", "link target")]
    [InlineData("[链接](/a \"《民法典》第1032条\")\n", "link title")]
    [InlineData("<https://example.com/《民法典》第1032条>\n", "autolink")]
    [InlineData("[ref]: https://example.com/《民法典》第1032条\n", "link reference definition")]
    [InlineData("---\ntitle: 《民法典》第1032条\n---\n正文\n", "YAML front matter")]
    public void SkipsWhatIsNotProse(string markdown, string what)
    {
        Assert.True(Citations(markdown).Count == 0, what);
    }

    [Theory]
    [InlineData("**《民法典》第1032条**规定\n", "emphasis around the citation")]
    [InlineData("《民法典》**第1032条**规定\n", "emphasis inside the citation")]
    [InlineData("[《民法典》第1032条](https://example.com)\n", "link text")]
    [InlineData("> 《民法典》第1032条\n", "quote block")]
    [InlineData("- 《民法典》第1032条\n", "list item")]
    [InlineData("## 《民法典》第1032条\n", "heading")]
    [InlineData("| 条文 |\n|---|\n| 《民法典》第1032条 |\n", "table cell")]
    public void ReadsProse(string markdown, string what)
    {
        Assert.True(Citations(markdown).SequenceEqual(["民法典|1032"]), what);
    }

    [Fact]
    public void Positions_MapToTheOriginalFile_WithFrontMatterAndCrlf()
    {
        const string markdown = "---\r\ntitle: 例\r\ndate: 2024-03-01\r\n---\r\n\r\n# 标题\r\n\r\n引用 **《民法典》第1032条**：\r\n“自然人享有隐私权。”\r\n";
        var document = DocumentReader.Read("crlf.md", markdown, DocumentFormat.Markdown);
        var reference = Assert.Single(TestPipeline.Default.Analyze(document).References);
        Assert.Equal("《民法典》第1032条", document.GetText(reference.Span));
        Assert.Equal(new LinePosition(8, 6), document.GetPosition(reference.Span.Start));
        Assert.Equal(new LinePosition(8, 17), document.GetPosition(reference.Span.End)); // end column is exclusive, as in Roslyn
        Assert.Equal("自然人享有隐私权。", reference.Quote?.Text);
        Assert.Equal(new LinePosition(9, 2), document.GetPosition(reference.Quote!.Span.Start));
        Assert.Equal(new DateOnly(2024, 3, 1), document.Date);
    }

    [Theory]
    [InlineData("---\ndate: 2023-05-06\n---\n", "2023-05-06")]
    [InlineData("---\ndate: '2023-05-06'\n---\n", "2023-05-06")]
    [InlineData("---\ndate: \"2023-05-06T10:00:00+08:00\"\n---\n", "2023-05-06")]
    [InlineData("---\ntitle: x\n---\n", null)]
    [InlineData("---\ndate: 去年\n---\n", null)]
    [InlineData("date: 2023-05-06\n", null)]
    public void FrontMatterDate_IsTheDocumentDate(string markdown, string? expected)
    {
        var document = DocumentReader.Read("d.md", markdown, DocumentFormat.Markdown);
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), document.Date);
    }

    [Fact]
    public void PlainText_IsReadAsIs_AndHasNoDate()
    {
        const string text = "```\n《民法典》第1032条\n```\n";
        var document = DocumentReader.Read("a.txt", text, DocumentFormat.PlainText);
        Assert.Equal(text, document.Prose);
        Assert.Null(document.Date);
        Assert.Single(TestPipeline.Default.Analyze(document).References);
    }

    [Fact]
    public void Prose_KeepsEveryOffset()
    {
        const string markdown = "# 标题\r\n\r\n```cs\r\nvar x = 1;\r\n```\r\n\r\n正文 `代码` [文字](http://a.b) <b>粗</b>\r\n";
        var document = DocumentReader.Read("o.md", markdown, DocumentFormat.Markdown);
        Assert.Equal(markdown.Length, document.Prose.Length);
        for (var i = 0; i < markdown.Length; i++)
        {
            if (markdown[i] is '\r' or '\n')
                Assert.Equal(markdown[i], document.Prose[i]);
            else
                Assert.True(document.Prose[i] == markdown[i] || document.Prose[i] == ' ', $"offset {i}");
        }
    }
}
