using System.Text.Json.Nodes;
using CitationLint.Cli.Tests;

namespace CitationLint.MSBuild.Tests;

/// <summary>A content repo with no C#: one project file, `dotnet build`, and the citations are checked.</summary>
[Collection(PackagedFeedGroup.Name)]
public sealed class ContentRepoTests(PackagedFeed feed)
{
    private const string Wrong = "# 借款\n\n《中华人民共和国民法典》第六百七十五条规定：“借款人应当按照约定的期限支付利息。”\n";
    private const string Right = "# 借款\n\n《中华人民共和国民法典》第六百七十四条规定：“借款人应当按照约定的期限支付利息。”\n";
    private const string Baseline = ".citationlint-baseline.json";
    private const string Stale = "《治安管理处罚法》第四十二条：“多次发送淫秽、侮辱、恐吓或者其他信息，干扰他人正常生活的”。\n";

    [Fact]
    public void Build_FailsOnAWrongCitation_PassesWhenCorrected_AndSkipsUnchangedFiles()
    {
        var repo = feed.CreateContentRepo("wrong-then-right");
        Directory.CreateDirectory(Path.Combine(repo, "docs"));
        File.WriteAllText(Path.Combine(repo, "docs", "loan.md"), Wrong);
        File.WriteAllText(Path.Combine(repo, "docs", "other.txt"), "没有引用的文字。\n");

        var (failed, failedLog) = feed.Build(repo);
        Assert.NotEqual(0, failed);
        Assert.Matches(@"docs[/\\]loan\.md\(3,1,3,20\): error CL0003: The quoted text is not 第六百七十五条", failedLog);

        File.WriteAllText(Path.Combine(repo, "docs", "loan.md"), Right);
        var (passed, passedLog) = feed.Build(repo);
        Assert.True(passed == 0, passedLog);
        Assert.Contains("CitationLint: 2 files, 1 checked, 1 unchanged since the last build.", passedLog, StringComparison.Ordinal);

        var (again, againLog) = feed.Build(repo);
        Assert.True(again == 0, againLog);
        Assert.Contains("CitationLint: 2 files, 0 checked, 2 unchanged since the last build.", againLog, StringComparison.Ordinal);
    }

    [Fact]
    public void Language_zhCN_LogsChineseMessagesAndSummary_FromThePackagedSatellites()
    {
        var repo = feed.CreateContentRepo("chinese");
        File.WriteAllText(Path.Combine(repo, "a.md"), Stale);
        var (built, log) = feed.Build(repo, "-p:CitationLintLanguage=zh-CN");
        Assert.True(built == 0, log);
        Assert.Contains("a.md(1,1,1,15): warning CL0004: 《中华人民共和国治安管理处罚法》第四十二条沿用2012年修正的条文序号", log, StringComparison.Ordinal);
        Assert.Contains("CitationLint：共 1 个文件，检查 1 个", log, StringComparison.Ordinal);

        // The language is part of the cache's key: English again re-checks rather than replaying Chinese.
        var (again, againLog) = feed.Build(repo, "-p:CitationLintLanguage=en");
        Assert.True(again == 0, againLog);
        Assert.Contains("warning CL0004: 第四十二条 of 《中华人民共和国治安管理处罚法》 follows the 2012-10-26 version", againLog, StringComparison.Ordinal);
    }

    [Fact]
    public void EditorConfig_RaisingCL0004ToError_FailsTheBuild()
    {
        var repo = feed.CreateContentRepo("editorconfig");
        File.WriteAllText(Path.Combine(repo, "a.md"), Stale);
        var (warned, warnedLog) = feed.Build(repo);
        Assert.True(warned == 0, warnedLog);
        Assert.Contains("a.md(1,1,1,15): warning CL0004:", warnedLog, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(repo, ".editorconfig"), "root = true\n\n[*.md]\ndotnet_diagnostic.CL0004.severity = error\n");
        var (failed, failedLog) = feed.Build(repo);
        Assert.NotEqual(0, failed);
        Assert.Contains("a.md(1,1,1,15): error CL0004:", failedLog, StringComparison.Ordinal);
    }

    [Fact]
    public void Target_RunsAlone_AndBeforeBuildCanBeTurnedOff()
    {
        var repo = feed.CreateContentRepo("opt-out");
        File.WriteAllText(Path.Combine(repo, "a.md"), Wrong);
        var (built, builtLog) = feed.Build(repo, "-p:CitationLintBeforeBuild=false");
        Assert.True(built == 0, builtLog);
        Assert.DoesNotContain("CL0003", builtLog, StringComparison.Ordinal);

        var (alone, aloneLog) = feed.Build(repo, "-t:CitationLint");
        Assert.NotEqual(0, alone);
        Assert.Contains("error CL0003", aloneLog, StringComparison.Ordinal);
    }

    [Fact]
    public void Properties_WarningsAsErrors_AndSarifOutput()
    {
        var repo = feed.CreateContentRepo("properties");
        File.WriteAllText(Path.Combine(repo, "a.md"), Stale);
        var sarif = Path.Combine(repo, "out", "citationlint.sarif");
        var (failed, log) = feed.Build(repo, "-p:CitationLintWarningsAsErrors=true", $"-p:CitationLintSarifOutput={sarif}");
        Assert.NotEqual(0, failed);
        Assert.Contains("error CL0004", log, StringComparison.Ordinal);
        Assert.Contains("\"ruleId\": \"CL0004\"", File.ReadAllText(sarif), StringComparison.Ordinal);
    }

    [Fact]
    public void SarifOutput_IsRelativeToTheProjectFolder_AndPassesTheSarifMultitool()
    {
        var repo = feed.CreateContentRepo("sarif");
        Directory.CreateDirectory(Path.Combine(repo, "文章"));
        File.WriteAllText(Path.Combine(repo, "文章", "借款 笔记.md"), Wrong);
        var sarif = Path.Combine(repo, "out", "citationlint.sarif");
        var (failed, log) = feed.Build(repo, $"-p:CitationLintSarifOutput={sarif}");
        Assert.True(failed != 0, log);

        var run = JsonNode.Parse(File.ReadAllText(sarif))!["runs"]![0]!;
        Assert.Equal(feed.Version, run["tool"]!["driver"]!["version"]!.GetValue<string>()); // the packages' version, suffix and all
        Assert.Equal(new Uri(repo + "/").AbsoluteUri, run["originalUriBaseIds"]!["%SRCROOT%"]!["uri"]!.GetValue<string>());
        var location = run["results"]![0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!;
        Assert.Equal("%E6%96%87%E7%AB%A0/%E5%80%9F%E6%AC%BE%20%E7%AC%94%E8%AE%B0.md", location["uri"]!.GetValue<string>());
        Assert.Equal("%SRCROOT%", location["uriBaseId"]!.GetValue<string>());
        if (SarifMultitool.IsInstalled)
            SarifMultitool.AssertValid(sarif);
    }

    [Fact]
    public void Baseline_WrittenByTheTool_ForgivesItsFindings_TheBuildPasses_AndFailsWithoutIt()
    {
        var citationlint = InstallTool("tools-baseline");
        var repo = feed.CreateContentRepo("baseline");
        Directory.CreateDirectory(Path.Combine(repo, "docs"));
        File.WriteAllText(Path.Combine(repo, "docs", "loan.md"), Wrong);

        var (failed, failedLog) = feed.Build(repo);
        Assert.NotEqual(0, failed);
        Assert.Contains("error CL0003", failedLog, StringComparison.Ordinal);

        // Recorded as a new user would on the command line, in the repo's folder; the task finds it beside the project.
        var (recorded, recordLog) = feed.Run(repo, citationlint, "baseline", ".");
        Assert.True(recorded == 0, recordLog);
        var (passed, passedLog) = feed.Build(repo);
        Assert.True(passed == 0, passedLog);
        Assert.DoesNotContain("CL0003", passedLog, StringComparison.Ordinal);
        Assert.Contains("CitationLint: 1 files, 1 checked, 0 unchanged since the last build, 1 forgiven by the baseline.", passedLog, StringComparison.Ordinal);

        // From the cache too.
        var (again, againLog) = feed.Build(repo);
        Assert.True(again == 0, againLog);
        Assert.Contains("CitationLint: 1 files, 0 checked, 1 unchanged since the last build, 1 forgiven by the baseline.", againLog, StringComparison.Ordinal);

        File.Delete(Path.Combine(repo, Baseline));
        var (unforgiven, unforgivenLog) = feed.Build(repo);
        Assert.NotEqual(0, unforgiven);
        Assert.Contains("error CL0003", unforgivenLog, StringComparison.Ordinal);
    }

    [Fact]
    public void Tool_InstallsFromTheFeed_AndChecks()
    {
        var citationlint = InstallTool("tools");
        var repo = feed.CreateContentRepo("tool");
        File.WriteAllText(Path.Combine(repo, "a.md"), Wrong);
        var (exitCode, output) = feed.Run(repo, citationlint, "check", "a.md");
        Assert.Equal(1, exitCode);
        Assert.Contains("a.md(3,1,3,20): error CL0003", output, StringComparison.Ordinal);

        // The version packed is the version the tool gives.
        var (_, version) = feed.Run(repo, citationlint, "--version");
        Assert.Equal(feed.Version, version.Trim().Split('+')[0]);
    }

    // Installs the citationlint tool from the feed into a folder of its own; returns the program's path.
    private string InstallTool(string folder)
    {
        var tools = Path.Combine(feed.Root, folder);
        var (installed, installLog) = feed.Run(feed.Root, "dotnet", "tool", "install", "citationlint", "--tool-path", tools, "--add-source", feed.Feed, "--version", feed.Version);
        Assert.True(installed == 0, installLog);
        return Path.Combine(tools, "citationlint");
    }
}

/// <summary>The analyzer package in a C# project: string literals, and the articles as AdditionalFiles.</summary>
[Collection(PackagedFeedGroup.Name)]
public sealed class AnalyzerPackageTests(PackagedFeed feed)
{
    [Fact]
    public void Build_ReportsCitationsInStringLiterals_AndAdditionalFiles_WithGlobalConfigSeverities()
    {
        var project = feed.CreateCSharpProject("analyzer");
        File.WriteAllText(Path.Combine(project, "C.cs"), "class C { const string Note = \"《中华人民共和国民法典》第六百七十五条规定：“借款人应当按照约定的期限支付利息。”\"; }\n");
        Directory.CreateDirectory(Path.Combine(project, "docs"));
        File.WriteAllText(Path.Combine(project, "docs", "a.md"), "《治安管理处罚法》第四十二条：“多次发送淫秽、侮辱、恐吓或者其他信息，干扰他人正常生活的”\n");

        var (failed, log) = feed.Build(project);
        Assert.NotEqual(0, failed);
        Assert.Contains("C.cs(1,32): error CL0003: The quoted text is not 第六百七十五条", log, StringComparison.Ordinal);
        Assert.Contains("a.md(1,1): warning CL0004:", log, StringComparison.Ordinal);

        // Severities for AdditionalFiles come from a .globalconfig (dotnet/roslyn#31916).
        File.WriteAllText(Path.Combine(project, ".globalconfig"), "is_global = true\ndotnet_diagnostic.CL0004.severity = error\ndotnet_diagnostic.CL0003.severity = none\n");
        var (again, againLog) = feed.Build(project);
        Assert.NotEqual(0, again);
        Assert.Contains("a.md(1,1): error CL0004:", againLog, StringComparison.Ordinal);
        Assert.DoesNotContain("CL0003", againLog, StringComparison.Ordinal);
    }
}
