using CitationLint.Documents;
using CitationLint.Output;

namespace CitationLint.Core.Tests.Output;

public sealed class HtmlReportTests
{
    private static string Render(string text)
    {
        var today = new DateOnly(2026, 11, 30);
        var (analysis, checks, diagnostics) = TestPipeline.Checker(today).Check(DocumentReader.Read("<evil>.txt", text, DocumentFormat.PlainText));
        var report = new CheckReport("0.1.0", today, [new CheckedDocument(analysis, diagnostics) { Checks = checks }]);
        var output = new StringWriter();
        HtmlReportFormatter.Write(report, output);
        return output.ToString();
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
