using Microsoft.CodeAnalysis;

namespace CitationLint.Analyzers.Tests;

public sealed class CitationAnalyzerTests
{
    private const string WrongQuote = "《中华人民共和国民法典》第六百七十五条规定：“借款人应当按照约定的期限支付利息。”";
    private const string Stale = "《治安管理处罚法》第四十二条：“多次发送淫秽、侮辱、恐吓或者其他信息，干扰他人正常生活的”";

    [Fact]
    public async Task StringLiteral_WrongQuote_IsCL0003_OnTheCitation()
    {
        var source = $"class C {{ const string Note = \"{WrongQuote}\"; }}";
        var diagnostic = Assert.Single(await VerifyCL.DiagnosticsAsync(source));
        Assert.Equal("CL0003", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("《中华人民共和国民法典》第六百七十五条", source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        Assert.Contains("its words are 第六百七十四条", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal("docs/rules/CL0003.md", diagnostic.Descriptor.HelpLinkUri);
    }

    [Fact]
    public async Task XmlDocComment_IsChecked()
    {
        var source = $"/// <summary>见 {Stale}。</summary>\nclass C {{ }}";
        var diagnostic = Assert.Single(await VerifyCL.DiagnosticsAsync(source));
        Assert.Equal("CL0004", diagnostic.Id);
        Assert.Equal("《治安管理处罚法》第四十二条", source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
    }

    [Fact]
    public async Task AdditionalFile_Markdown_IsChecked_AtItsLineAndColumn()
    {
        var file = new VerifyCL.InMemoryAdditionalText("/project/docs/a.md", "# 标题\n\n" + WrongQuote + "\n");
        var diagnostic = Assert.Single(await VerifyCL.DiagnosticsAsync("class C { }", [file]));
        Assert.Equal("CL0003", diagnostic.Id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(("/project/docs/a.md", 2, 0), (span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character));
    }

    [Fact]
    public async Task AdditionalFiles_OtherKinds_AreIgnored() =>
        Assert.Empty(await VerifyCL.DiagnosticsAsync("class C { }", [new VerifyCL.InMemoryAdditionalText("/project/a.json", WrongQuote)]));

    [Fact]
    public async Task EditorConfig_SetsSeverity_ForSourceFiles()
    {
        var source = $"class C {{ const string Note = \"{Stale}\"; }}";
        var diagnostic = Assert.Single(await VerifyCL.DiagnosticsAsync(source, editorConfig: "root = true\n[*.cs]\ndotnet_diagnostic.CL0004.severity = error\n"));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public async Task GlobalConfig_SetsSeverity_ForAdditionalFiles()
    {
        // Per-file .editorconfig severities do not reach AdditionalFiles (dotnet/roslyn#31916); a .globalconfig does.
        var file = new VerifyCL.InMemoryAdditionalText("/project/a.md", Stale + "\n");
        var withEditorConfig = Assert.Single(await VerifyCL.DiagnosticsAsync("class C { }", [file], editorConfig: "root = true\n[*.md]\ndotnet_diagnostic.CL0004.severity = error\n"));
        Assert.Equal(DiagnosticSeverity.Warning, withEditorConfig.Severity);

        var withGlobalConfig = Assert.Single(await VerifyCL.DiagnosticsAsync("class C { }", [file], globalConfig: "is_global = true\ndotnet_diagnostic.CL0004.severity = error\n"));
        Assert.Equal(DiagnosticSeverity.Error, withGlobalConfig.Severity);

        Assert.Empty(await VerifyCL.DiagnosticsAsync("class C { }", [file], globalConfig: "is_global = true\ndotnet_diagnostic.CL0004.severity = none\n"));
    }

    [Fact]
    public async Task InlineComment_Suppresses()
    {
        var file = new VerifyCL.InMemoryAdditionalText("/project/a.md", "<!-- citationlint-disable-next-line CL0004 -->\n" + Stale + "\n");
        Assert.Empty(await VerifyCL.DiagnosticsAsync("class C { }", [file]));
    }

    [Fact]
    public async Task CodeFix_ReplacesTheArticleNumber()
    {
        var fixedSource = await VerifyCL.ApplyFixAsync($"class C {{ const string Note = \"{Stale}\"; }}");
        Assert.Contains("《治安管理处罚法》第五十条：“多次发送", fixedSource, StringComparison.Ordinal);
    }

    [Fact]
    public void Descriptors_MatchTheRuleCatalog()
    {
        var analyzer = new CitationAnalyzer();
        Assert.Equal(CitationLint.Rules.RuleCatalog.All.Select(r => r.Id), analyzer.SupportedDiagnostics.Select(d => d.Id));
        Assert.False(analyzer.SupportedDiagnostics.Single(d => d.Id == "CL0009").IsEnabledByDefault);
    }
}
