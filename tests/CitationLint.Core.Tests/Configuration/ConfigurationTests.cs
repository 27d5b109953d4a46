using CitationLint.Configuration;
using CitationLint.Documents;
using CitationLint.Rules;

namespace CitationLint.Core.Tests.Configuration;

public sealed class ConfigurationTests : IDisposable
{
    private static readonly CitationChecker Checker = TestPipeline.Checker(new(2026, 6, 1));
    private readonly string _root = Directory.CreateTempSubdirectory("citationlint-config-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private const string StaleAndAbbreviated =
        "《治安管理处罚法》第四十二条：“多次发送淫秽、侮辱、恐吓或者其他信息，干扰他人正常生活的”。\n\n依照民诉法第一百一十九条起诉。\n";

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static List<(string Id, DiagnosticSeverity Severity)> Check(string path, Baseline? baseline = null)
    {
        var (analysis, _, diagnostics) = Checker.Check(DocumentReader.ReadFile(path));
        var policy = new DiagnosticPolicy(new EditorConfigSeverities(), baseline ?? Baseline.Empty);
        return [.. policy.Apply(analysis, diagnostics).Select(d => (d.Id, d.Severity))];
    }

    [Fact]
    public void Defaults_WithoutEditorConfig()
    {
        var file = Write("docs/a.md", StaleAndAbbreviated);
        Write(".editorconfig", "root = true\n");
        Assert.Equal([("CL0004", DiagnosticSeverity.Warning), ("CL0008", DiagnosticSeverity.Suggestion)], Check(file));
    }

    [Fact]
    public void EditorConfig_SetsSeverities_PerGlob_NearerFilesWinning()
    {
        Write(".editorconfig", "root = true\n\n[*.md]\ndotnet_diagnostic.CL0004.severity = error\ndotnet_diagnostic.CL0008.severity = none\n");
        Write("docs/legacy/.editorconfig", "[*.md]\ndotnet_diagnostic.CL0004.severity = suggestion\n");
        var top = Write("docs/a.md", StaleAndAbbreviated);
        var legacy = Write("docs/legacy/b.md", StaleAndAbbreviated);
        var text = Write("docs/c.txt", StaleAndAbbreviated);

        Assert.Equal([("CL0004", DiagnosticSeverity.Error)], Check(top));
        Assert.Equal([("CL0004", DiagnosticSeverity.Suggestion)], Check(legacy));
        Assert.Equal([("CL0004", DiagnosticSeverity.Warning), ("CL0008", DiagnosticSeverity.Suggestion)], Check(text)); // [*.md] only
    }

    [Theory]
    // A value that is no severity, and a rule that is not CitationLint's: warned about with file and line, the default
    // kept. Another analyzer's settings and comments are not CitationLint's business.
    [InlineData("dotnet_diagnostic.CL0004.severity = bogus", "'bogus' is not a severity for CL0004")]
    [InlineData("dotnet_diagnostic.CL0004.severity = warn", "'warn' is not a severity for CL0004")]
    [InlineData("dotnet_diagnostic.CL9999.severity = error", "CL9999 is not a CitationLint rule")]
    [InlineData("dotnet_diagnostic.CA1000.severity = zzz", null)]
    [InlineData("dotnet_diagnostic.CL0004.severity = error # stricter here", null)]
    [InlineData("dotnet_diagnostic.CL0004.severity = Suggestion", null)]
    public void EditorConfig_InvalidSettings_AreWarnedAbout_NamingFileAndLine(string setting, string? warning)
    {
        var config = Write(".editorconfig", $"root = true\n\n[*.md]\n{setting}\n");
        var file = Write("docs/a.md", StaleAndAbbreviated);
        var severities = new EditorConfigSeverities();
        var severity = severities.ForFile(file).SeverityFor(OutdatedNumberRule.Rule);
        if (warning is null)
        {
            Assert.Empty(severities.Warnings);
            return;
        }

        var found = Assert.Single(severities.Warnings);
        Assert.Equal((config, 4), (found.File, found.Line));
        Assert.Contains(warning, found.Message, StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Warning, severity); // the default stands
    }

    [Theory]
    [InlineData(1000, false)]
    [InlineData(1001, true)]
    public void EditorConfig_WithThousandsOfSections_IsIgnoredWithAWarning_NotMatchedForSeconds(int sections, bool ignored)
    {
        var text = new System.Text.StringBuilder("root = true\n");
        for (var i = 1; i < sections; i++)
            text.Append("[other").Append(i).Append("/*.md]\ndotnet_diagnostic.CL0008.severity = none\n");
        text.Append("[*.md]\ndotnet_diagnostic.CL0004.severity = error\n");
        var config = Write(".editorconfig", text.ToString());
        var file = Write("a.md", StaleAndAbbreviated);
        var severities = new EditorConfigSeverities();
        var severity = severities.ForFile(file).SeverityFor(OutdatedNumberRule.Rule);
        if (!ignored)
        {
            Assert.Equal(DiagnosticSeverity.Error, severity);
            Assert.Empty(severities.Warnings);
            return;
        }

        Assert.Equal(DiagnosticSeverity.Warning, severity);
        var warning = Assert.Single(severities.Warnings);
        Assert.Equal(config, warning.File);
        Assert.Contains("1,001 sections, more than 1,000; ignored", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EditorConfig_RootTrue_StopsTheSearchUpwards()
    {
        Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.CL0004.severity = error\n");
        Write("repo/.editorconfig", "root = true\n");
        var file = Write("repo/a.md", StaleAndAbbreviated);
        Assert.Contains(("CL0004", DiagnosticSeverity.Warning), Check(file));
    }

    [Theory]
    // On the finding's own line, at its end (markdownlint's disable-line).
    [InlineData("《治安管理处罚法》第四十二条：“多次发送淫秽、侮辱、恐吓或者其他信息，干扰他人正常生活的”。<!-- citationlint-disable-line CL0004 -->\n\n依照民诉法第一百一十九条起诉。\n", "CL0008")]
    [InlineData("《治安管理处罚法》第四十二条：“多次发送淫秽、侮辱、恐吓或者其他信息，干扰他人正常生活的”。<!-- citationlint-disable-line -->\n\n依照民诉法第一百一十九条起诉。<!-- citationlint-disable-line CL0004 -->\n", "CL0008")]
    // Another rule's switch on the line, and one for the next line that adds to it.
    [InlineData("《治安管理处罚法》第四十二条：“多次发送淫秽、侮辱、恐吓或者其他信息，干扰他人正常生活的”。<!-- citationlint-disable-line CL0008 -->\n\n依照民诉法第一百一十九条起诉。\n", "CL0004,CL0008")]
    [InlineData("<!-- citationlint-disable-next-line CL0008 -->\n《治安管理处罚法》第四十二条：“多次发送淫秽、侮辱、恐吓或者其他信息，干扰他人正常生活的”。<!-- citationlint-disable-line CL0004 -->\n\n依照民诉法第一百一十九条起诉。\n", "CL0008")]
    public void InlineComments_DisableLine_SwitchesRulesOffOnTheirOwnLine(string document, string expected)
    {
        Write(".editorconfig", "root = true\n");
        var file = Write("a.md", document);
        Assert.Equal(expected, string.Join(",", Check(file).Select(d => d.Id)));
    }

    [Theory]
    [InlineData("<!-- citationlint-disable CL0004 -->\n{0}<!-- citationlint-enable CL0004 -->\n", "CL0008")]
    [InlineData("<!-- citationlint-disable -->\n{0}<!-- citationlint-enable -->\n", "")]
    [InlineData("<!-- citationlint-disable-next-line CL0004 -->\n{0}", "CL0008")]
    [InlineData("<!-- citationlint-disable-next-line -->\n{0}", "CL0008")]
    [InlineData("<!-- citationlint-disable CL0008 -->\n{0}", "CL0004")]
    public void InlineComments_SwitchRulesOff(string wrapper, string expected)
    {
        Write(".editorconfig", "root = true\n");
        var file = Write("a.md", string.Format(System.Globalization.CultureInfo.InvariantCulture, wrapper, StaleAndAbbreviated));
        Assert.Equal(expected, string.Join(",", Check(file).Select(d => d.Id)));
    }

    [Fact]
    public void Baseline_ForgivesRecordedFindings_NotNewOnes()
    {
        Write(".editorconfig", "root = true\n");
        var file = Write("a.md", StaleAndAbbreviated);
        var (analysis, _, diagnostics) = Checker.Check(DocumentReader.ReadFile(file));
        var entries = diagnostics.Select(d => Baseline.EntryFor(file, d, analysis.Document.GetText(d.Span)));
        var baselineFile = Path.Combine(_root, "baseline.json");
        Baseline.Write(baselineFile, entries);

        Assert.Empty(Check(file, Baseline.Read(baselineFile)));

        // Moving the findings down the file does not bring them back; a new finding is reported.
        File.WriteAllText(file, "新的第一段。\n\n" + StaleAndAbbreviated + "\n《合同法》第一百零七条。\n");
        Assert.Equal([("CL0005", DiagnosticSeverity.Warning)], Check(file, Baseline.Read(baselineFile)));
    }

    [Fact]
    public void Baseline_NotABaseline_IsAnErrorNamingTheFile()
    {
        var file = Write("bad.json", "{ not json");
        var error = Assert.Throws<FormatException>(() => Baseline.Read(file));
        Assert.Contains("bad.json", error.Message, StringComparison.Ordinal);
    }
}
