using CitationLint.Documents;

namespace CitationLint.Core.Tests.Documents;

/// <summary>
/// Documents without Markdown markup (apart from HTML comment lines) are read without Markdig; the prose must be
/// exactly what Markdig gives, and everything else must go to Markdig.
/// </summary>
public sealed class MarkupFreeProseTests
{
    [Theory]
    [InlineData("# 标题\n\n第一条　为了保护民事主体的合法权益，制定本法。\n")]
    [InlineData("<!-- INFO END -->\n# 中华人民共和国民法典\n\n第一条　内容。\r\n\r\n第二条　内容。\r\n")]
    [InlineData("正文一段。\n<!-- STATUS: 已修改 -->\n紧接着的正文，注释打断了段落。\n")]
    [InlineData("<!-- TABLE -->\n| 列 | 列 |\n<!-- TABLE END -->\n后文")]
    [InlineData("<!-- 跨行的\n注释\n结束 --> 同一行的余下部分\n正文")]
    [InlineData("> 引用的《民法典》第1032条\n\n- 列表项\n- 第二项\n\n1. 编号项\n")]
    [InlineData("第一行\n---\n\n第二段\n\n***无强调***")]
    [InlineData("依照《民法典》第1032条的规定。&amp; 与 \\ 与 ! 与 > 与 ]")]
    [InlineData("")]
    public void WhereTheShortcutAnswers_ItGivesMarkdigsProse(string markdown)
    {
        var markdig = MarkdownProse.ReadWithMarkdig(markdown).Prose;
        if (MarkdownProse.TryReadWithoutMarkup(markdown, out var prose))
            Assert.Equal(markdig, prose);
    }

    [Theory]
    [InlineData("---\ndate: 2020-01-01\n---\n正文")]
    [InlineData("正文 `代码` 正文")]
    [InlineData("正文 <b>加粗</b>")]
    [InlineData("[链接](https://example.com)")]
    [InlineData("**强调**")]
    [InlineData("    缩进的代码")]
    [InlineData("\t缩进的代码")]
    [InlineData("~~~\n代码\n~~~")]
    [InlineData("<!-- 没有结束的注释\n正文")]
    [InlineData("  <!-- 缩进的注释 -->")]
    public void Markup_GoesToMarkdig(string markdown) =>
        Assert.False(MarkdownProse.TryReadWithoutMarkup(markdown, out _));

    [Fact]
    public void EveryMarkdownFileOfTheRepository_ReadWithoutMarkdig_GivesMarkdigsProse()
    {
        var root = SharedCorpus.SharedCorpus.RepositoryRoot;
        var files = SharedCorpus.SharedCorpus.BundledStatuteTexts()
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "samples"), "*.md"))
            .Append(Path.Combine(root, "README.md"))
            .ToList();
        var answered = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            if (!MarkdownProse.TryReadWithoutMarkup(text, out var prose))
                continue;
            answered++;
            Assert.True(MarkdownProse.ReadWithMarkdig(text).Prose == prose, $"{file}: the prose differs from Markdig's");
        }

        Assert.True(answered > 1000, $"expected most statute texts to need no Markdig, found {answered} of {files.Count}");
    }
}
