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
    public void Descriptors_MatchTheRuleClasses()
    {
        // The analyzer writes each rule's ID, category and severity as constants (for release tracking): the same as
        // the rule's own descriptor.
        var analyzer = new CitationAnalyzer();
        Assert.Equal(
            CitationLint.Rules.RuleCatalog.All.Select(r => (r.Id, r.Category, Severity(r.DefaultSeverity), r.DefaultSeverity != CitationLint.Rules.DiagnosticSeverity.None, r.HelpLink)),
            analyzer.SupportedDiagnostics.Select(d => (d.Id, d.Category, d.DefaultSeverity, d.IsEnabledByDefault, d.HelpLinkUri)));
        Assert.False(analyzer.SupportedDiagnostics.Single(d => d.Id == "CL0009").IsEnabledByDefault);
    }

    [Fact]
    public async Task UnderAChineseCulture_TitlesAndMessagesAreChinese()
    {
        var source = $"class C {{ const string Note = \"{WrongQuote}\"; }}";
        var diagnostic = Assert.Single(await VerifyCL.DiagnosticsAsync(source));
        var chinese = System.Globalization.CultureInfo.GetCultureInfo("zh-Hans");
        Assert.Equal("《中华人民共和国民法典》第六百七十五条引用的文字实为第六百七十四条（2020年版）", diagnostic.GetMessage(chinese));
        // Titles are Roslyn's LocalizableResourceStrings: the resource manager walks zh-CN → zh-Hans → zh in the IDE; the
        // tests run with invariant globalization, where only zh itself names the Chinese resources.
        Assert.Equal("引文与所引条文不符", diagnostic.Descriptor.Title.ToString(System.Globalization.CultureInfo.GetCultureInfo("zh")));
        Assert.StartsWith("The quoted text is not 第六百七十五条", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal("Quote does not match the cited provision", diagnostic.Descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static DiagnosticSeverity Severity(CitationLint.Rules.DiagnosticSeverity severity) => severity switch
    {
        CitationLint.Rules.DiagnosticSeverity.Error => DiagnosticSeverity.Error,
        CitationLint.Rules.DiagnosticSeverity.Warning => DiagnosticSeverity.Warning,
        CitationLint.Rules.DiagnosticSeverity.Suggestion => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };
}
