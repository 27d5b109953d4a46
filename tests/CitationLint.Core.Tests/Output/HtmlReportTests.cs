using CitationLint.Documents;
using CitationLint.Output;

namespace CitationLint.Core.Tests.Output;

public sealed class HtmlReportTests
{
    private static string Render(string text, System.Globalization.CultureInfo? culture = null)
    {
        var today = new DateOnly(2026, 11, 30);
        var checker = new CitationChecker(CitationLint.Statutes.Table.StatuteTable.Default, () => CitationLint.Statutes.Table.QuoteIndex.Default, today, culture);
        var (analysis, checks, diagnostics) = checker.Check(DocumentReader.Read("<evil>.txt", text, DocumentFormat.PlainText));
        var report = new CheckReport("0.1.0", today, [new CheckedDocument(analysis, diagnostics) { Checks = checks }]);
        var output = new StringWriter();
        HtmlReportFormatter.Write(report, output, culture);
        return output.ToString();
    }

    [Fact]
    public void InChinese_LabelsMessagesAndRuleLinksAreChinese()
    {
        var html = Render("《治安管理处罚法》第四十二条：“多次发送淫秽、侮辱、恐吓或者其他信息，干扰他人正常生活的”\n", MessageLanguage.Chinese);
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>CitationLint 检查报告</title>", html, StringComparison.Ordinal);
        Assert.Contains("建议条文: 《中华人民共和国治安管理处罚法》 第五十条", html, StringComparison.Ordinal);
        Assert.Contains("<li>2012年修正: 第四十二条</li><li>2025年修订: 第五十条</li>", html, StringComparison.Ordinal);
        Assert.Contains("修正：将“第四十二条”改为“第五十条”（<code>citationlint check --fix</code>）", html, StringComparison.Ordinal);
        Assert.Contains("沿用2012年修正的条文序号", html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"rule-link\" href=\"docs/rules/zh-CN/CL0004.md\">CL0004 条文序号已过时</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Suggested article", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_AreSortedBySeverity_ErrorsFirst()
    {
        // A suggestion (an informal name) comes before an error (no such article) in the text, after it in the report.
        var html = Render("民诉法第二百四十四条规定了执行。\n《民法典》第一千二百六十一条规定了别的。\n");
        var error = html.IndexOf("data-rule=\"CL0002\"", StringComparison.Ordinal);
        var suggestion = html.IndexOf("data-rule=\"CL0008\"", StringComparison.Ordinal);
        Assert.True(error > 0 && suggestion > 0, html);
        Assert.True(error < suggestion);
    }

    [Fact]
    public void EveryPieceOfDocumentText_IsEscaped()
    {
        var html = Render("<script>alert(1)</script>《治安管理处罚法》第四十二条：“<img src=x onerror=alert(2)>多次发送淫秽、侮辱、恐吓或者其他信息，干扰他人正常生活的”\n");
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<evil>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;evil&gt;.txt", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_LoadsNothingFromTheNetwork_AndShowsTheStatuteAndHistory()
    {
        var html = Render("《治安管理处罚法》第四十二条：“多次发送淫秽、侮辱、恐吓或者其他信息，干扰他人正常生活的”\n");
        Assert.DoesNotMatch("(src|href)=\"?(https?:)?//", html);
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
        Assert.Contains("Suggested article: 《中华人民共和国治安管理处罚法》 第五十条", html, StringComparison.Ordinal);
        Assert.Contains("<li>2012-10-26: 第四十二条</li><li>2025-06-27: 第五十条</li>", html, StringComparison.Ordinal);
        Assert.Contains("Fix: replace “第四十二条” with “第五十条”", html, StringComparison.Ordinal);
        Assert.Contains("<del>", html, StringComparison.Ordinal);
    }
}
