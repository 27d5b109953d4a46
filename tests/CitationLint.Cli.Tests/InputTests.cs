using System.Text;
using System.Text.Json;

namespace CitationLint.Cli.Tests;

/// <summary>
/// What the verbs read: globs as paths, .gitignore and .citationlintignore when walking folders, and <c>-</c> for
/// standard input (with <c>--stdin-path</c>, and <c>--fix</c> writing the fixed document to standard output).
/// </summary>
public sealed class InputTests : IDisposable
{
    // Invented articles: one correct citation, one of a repealed law (CL0005 warning), one informal name with a fix
    // (CL0008 suggestion), one article the law lacks (CL0002 error).
    private const string Correct = "《民法典》第一千零三十二条：“自然人享有隐私权。”\n";
    private const string Repealed = "违约责任过去规定在《合同法》第一百零七条。\n";
    private const string Informal = "依照民诉法第一百一十九条起诉。\n";
    private const string Missing = "《民法典》第一千二百六十一条并不存在。\n";

    private readonly string _temp = Directory.CreateTempSubdirectory("citationlint-inputs-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    // Writes each file (path relative to the temporary folder, with /) with its text.
    private void Write(params (string Path, string Text)[] files)
    {
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(_temp, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
    }

    // A repository: the folder holding .git.
    private void MakeRepository(string folder = "") => Directory.CreateDirectory(Path.Combine(_temp, folder, ".git"));

    // The files a JSON check of the arguments reports, in its order.
    private List<string> CheckedPaths(string folder, params string[] arguments)
    {
        var (exitCode, output, errors) = CitationLintProcess.Run(Path.Combine(_temp, folder), ["check", "--format", "json", .. arguments]);
        Assert.True(exitCode == 0, errors);
        using var json = JsonDocument.Parse(output);
        return [.. json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()!)];
    }

    private void WriteArticles() => Write(
        ("docs/借款.md", Correct),
        ("docs/劳动/加班.md", Correct),
        ("docs/劳动/说明.txt", Correct),
        ("docs/页面.html", Correct),
        ("notes/草稿.md", Correct));

    [Fact]
    public void Glob_Quoted_IsExpandedByTheTool_InPathOrder()
    {
        WriteArticles();
        Assert.Equal(["docs/借款.md", "docs/劳动/加班.md"], CheckedPaths("", "docs/**/*.md"));
        Assert.Equal(["docs/借款.md", "docs/劳动/加班.md", "docs/劳动/说明.txt", "notes/草稿.md"], CheckedPaths("", "**/*"));
    }

    [Fact]
    public void Glob_WithoutDoubleStar_StaysInItsFolder_AndTakesOnlyArticles()
    {
        WriteArticles();
        Assert.Equal(["docs/借款.md"], CheckedPaths("", "docs/*"));
        Assert.Equal(["docs/劳动/说明.txt"], CheckedPaths("", "docs/*/*.txt"));
    }

    [Fact]
    public void Glob_AbsoluteOrFromAParentFolder_KeepsItsSpelling()
    {
        WriteArticles();
        Assert.Equal([$"{_temp}/docs/借款.md"], CheckedPaths("", $"{_temp}/docs/*.md"));
        Assert.Equal(["../notes/草稿.md"], CheckedPaths("docs", "../notes/**/*.md"));
    }

    [Fact]
    public void Glob_MatchingNothing_WarnsAndExitsWith2_UnlessAllowEmpty()
    {
        WriteArticles();
        var (exitCode, output, errors) = CitationLintProcess.Run(_temp, "check", "docs/**/*.markdown");
        Assert.Equal(2, exitCode);
        Assert.Contains("citationlint: warning: no files to check in docs/**/*.markdown", errors, StringComparison.Ordinal);
        Assert.StartsWith("0 files checked", output, StringComparison.Ordinal);

        var (allowed, _, note) = CitationLintProcess.Run(_temp, "check", "--allow-empty", "missing/**/*.md");
        Assert.Equal(0, allowed);
        Assert.Equal("citationlint: note: no files to check in missing/**/*.md (--allow-empty)\n", note);
    }

    [Fact]
    public void Glob_MatchingNothing_InBaseline_WarnsAndLeavesTheBaselineAsItWas_UnlessAllowEmpty()
    {
        Write(("docs/a.md", Repealed));
        Assert.Equal(0, CitationLintProcess.Run(_temp, "baseline", "docs").ExitCode);
        var baseline = Path.Combine(_temp, ".citationlint-baseline.json");
        var recorded = File.ReadAllText(baseline);

        var (exitCode, _, errors) = CitationLintProcess.Run(_temp, "baseline", "docs/**/*.mdx");
        Assert.Equal(2, exitCode);
        Assert.Contains("citationlint: warning: no files to check in docs/**/*.mdx", errors, StringComparison.Ordinal);
        Assert.Contains("citationlint: note: .citationlint-baseline.json not written", errors, StringComparison.Ordinal);
        Assert.Equal(recorded, File.ReadAllText(baseline));

        Assert.Equal(0, CitationLintProcess.Run(_temp, "baseline", "--allow-empty", "docs/**/*.mdx").ExitCode);
        Assert.Equal("[]\n", File.ReadAllText(baseline));
    }

    [Fact]
    public void Glob_MatchingNothing_InReport_WarnsAndExitsWith2()
    {
        var (exitCode, _, errors) = CitationLintProcess.Run(_temp, "report", "--html", "r.html", "docs/**/*.md");
        Assert.Equal(2, exitCode);
        Assert.Contains("citationlint: warning: no files to check in docs/**/*.md", errors, StringComparison.Ordinal);
        Assert.Equal(0, CitationLintProcess.Run(_temp, "report", "--html", "r.html", "--allow-empty", "docs/**/*.md").ExitCode);
    }

    [Fact]
    public void Glob_InBaselineAndReport_ReadsTheSameFiles()
    {
        Write(("docs/a.md", Repealed), ("docs/sub/b.md", Repealed), ("notes/c.md", Repealed));
        var (baselineExit, baselineOutput, _) = CitationLintProcess.Run(_temp, "baseline", "docs/**/*.md");
        Assert.Equal(0, baselineExit);
        Assert.StartsWith("Wrote 2 findings from 2 files", baselineOutput, StringComparison.Ordinal);

        var (reportExit, reportOutput, _) = CitationLintProcess.Run(_temp, "report", "--html", "report.html", "**/*.md");
        Assert.Equal(0, reportExit);
        Assert.Equal("Wrote report.html: 1 findings in 3 files.\n", reportOutput); // the baseline forgives docs/'s two
    }

    [Fact]
    public void IgnoreFiles_AreHonouredInFolderWalksAndGlobs_NestedOnesInTheirOwnFolder()
    {
        MakeRepository();
        Write(
            (".gitignore", "build/\n*.draft.md\n"),
            (".citationlintignore", "vendor/\n"),
            ("docs/.gitignore", "private/\n"),
            ("docs/.citationlintignore", "!keep.draft.md\n"),
            ("docs/a.md", Correct),
            ("docs/old.draft.md", Correct),
            ("docs/keep.draft.md", Correct),
            ("docs/private/b.md", Correct),
            ("notes/private/c.md", Correct),
            ("notes/d.draft.md", Correct),
            ("build/e.md", Correct),
            ("vendor/f.md", Correct));
        // docs/.gitignore's private/ is docs/'s own; the root's *.draft.md holds everywhere but where docs/ takes it back.
        string[] expected = ["./docs/a.md", "./docs/keep.draft.md", "./notes/private/c.md"];
        Assert.Equal(expected, CheckedPaths("", "."));
        Assert.Equal([.. expected.Select(p => p[2..])], CheckedPaths("", "**/*.md"));
    }

    [Fact]
    public void IgnoreFiles_AboveTheWalkedFolder_ApplyUpToTheRepositoryRoot()
    {
        Write((".gitignore", "*.md\n"), ("repo/.gitignore", "docs/private/\n"), ("repo/docs/a.md", Correct), ("repo/docs/private/b.md", Correct));
        MakeRepository("repo");
        // From docs/, the repository root's rule on docs/private/ still holds; the .gitignore above the root does not.
        Assert.Equal(["./a.md"], CheckedPaths("repo/docs", "."));
        Assert.Equal(["docs/a.md"], CheckedPaths("repo", "docs"));
    }

    [Fact]
    public void IgnoreFiles_AFileNamedOnTheCommandLine_IsStillChecked()
    {
        MakeRepository();
        Write((".gitignore", "build/\n*.draft.md\n"), ("build/a.md", Correct), ("b.draft.md", Correct));
        Assert.Equal(["b.draft.md", "build/a.md"], CheckedPaths("", "build/a.md", "b.draft.md"));
    }

    [Fact]
    public void IgnoreFiles_NoIgnore_ReadsThemNot()
    {
        MakeRepository();
        Write((".gitignore", "build/\n"), (".citationlintignore", "*.txt\n"), ("build/a.md", Correct), ("b.txt", Correct));
        Assert.Empty(CheckedPaths("", "--allow-empty", "."));
        Assert.Equal(["./b.txt", "./build/a.md"], CheckedPaths("", "--no-ignore", "."));
        Assert.Equal(["build/a.md"], CheckedPaths("", "--no-ignore", "build/**"));
    }

    [Fact]
    public void StandardInput_IsCheckedAsOneDocument_NamedStdin()
    {
        var (exitCode, output, errors) = CitationLintProcess.RunWithInput(_temp, Encoding.UTF8.GetBytes(Informal + Missing), "check", "-");
        Assert.Equal(1, exitCode);
        Assert.Equal("", errors);
        Assert.Equal(
            "<stdin>(1,3,1,6): info CL0008: 民诉法 is an informal name; the official short title is 《民事诉讼法》\n"
            + "<stdin>(2,1,2,15): error CL0002: 《中华人民共和国民法典》 (2020-05-28 version) has no 第一千二百六十一条\n"
            + "1 file checked: 2 citations, 1 error, 0 warnings, 1 suggestion.\n",
            Encoding.UTF8.GetString(output));
    }

    [Fact]
    public void StandardInput_BesideFiles_TakesItsPlaceInTheReport()
    {
        Write(("a.md", Repealed));
        var (exitCode, output, _) = CitationLintProcess.RunWithInput(_temp, Encoding.UTF8.GetBytes(Correct), "check", "--format", "json", "a.md", "-");
        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["<stdin>", "a.md"], json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()));
    }

    [Fact]
    public void StandardInput_StdinPath_NamesIt_AndBringsItsEditorConfigAndBaseline()
    {
        Write(
            (".editorconfig", "root = true\n\n[docs/**.md]\ndotnet_diagnostic.CL0008.severity = error\n"),
            ("docs/old.md", Repealed));
        Assert.Equal(0, CitationLintProcess.Run(_temp, "baseline", "docs").ExitCode);

        var (exitCode, output, _) = CitationLintProcess.RunWithInput(_temp, Encoding.UTF8.GetBytes(Informal + Repealed), "check", "--stdin-path", "docs/old.md", "-");
        Assert.Equal(1, exitCode);
        Assert.Equal(
            "docs/old.md(1,3,1,6): error CL0008: 民诉法 is an informal name; the official short title is 《民事诉讼法》\n"
            + "1 file checked: 2 citations, 1 error, 0 warnings, 0 suggestions, 1 forgiven by the baseline.\n",
            Encoding.UTF8.GetString(output));
    }

    [Fact]
    public void StandardInput_IsMarkdown_UnlessStdinPathSaysText()
    {
        // In Markdown a fenced block is code, not prose; in a .txt file it is text like any other.
        var input = Encoding.UTF8.GetBytes("```\n" + Repealed + "```\n");
        Assert.StartsWith("1 file checked: 0 citations", Encoding.UTF8.GetString(CitationLintProcess.RunWithInput(_temp, input, "check", "-").Output), StringComparison.Ordinal);
        var (_, output, _) = CitationLintProcess.RunWithInput(_temp, input, "check", "--stdin-path", "notes/摘录.txt", "-");
        Assert.StartsWith("notes/摘录.txt(2,10,2,21): warning CL0005", Encoding.UTF8.GetString(output), StringComparison.Ordinal);
    }

    [Fact]
    public void StandardInput_Fix_WritesTheFixedDocumentToStandardOutput_AndTheReportToStandardError()
    {
        var (exitCode, output, errors) = CitationLintProcess.RunWithInput(_temp, Encoding.UTF8.GetBytes(Informal + Repealed), "check", "--fix", "-");
        Assert.Equal(0, exitCode);
        Assert.Equal("依照民事诉讼法第一百一十九条起诉。\n" + Repealed, Encoding.UTF8.GetString(output));
        Assert.Equal(
            "<stdin>(2,10,2,21): warning CL0005: 《中华人民共和国合同法》 was repealed on 2021-01-01 and replaced by 《中华人民共和国民法典》; 第一百零七条 is now 第五百七十七条\n"
            + "1 file checked: 2 citations, 0 errors, 1 warning, 0 suggestions.\n",
            errors);

        // What is left decides the exit code; a document with nothing to fix comes back as it was.
        var (failed, unchanged, _) = CitationLintProcess.RunWithInput(_temp, Encoding.UTF8.GetBytes(Missing), "check", "--fix", "--format", "json", "-");
        Assert.Equal(1, failed);
        Assert.Equal(Missing, Encoding.UTF8.GetString(unchanged));
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("gb18030")]
    public void StandardInput_Fix_KeepsTheEncodingAndLineEndings(string encodingName)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var encoding = encodingName == "gb18030" ? Encoding.GetEncoding("GB18030") : new UTF8Encoding(true);
        byte[] Bytes(string text) => [.. encoding.GetPreamble(), .. encoding.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal))];

        var (exitCode, output, _) = CitationLintProcess.RunWithInput(_temp, Bytes(Correct + Informal), "check", "--fix", "-");
        Assert.Equal(0, exitCode);
        Assert.Equal(Bytes(Correct + "依照民事诉讼法第一百一十九条起诉。\n"), output);
    }

    [Fact]
    public void StandardInput_FixDryRun_PrintsTheDiff()
    {
        var (exitCode, output, _) = CitationLintProcess.RunWithInput(_temp, Encoding.UTF8.GetBytes(Informal), "check", "--fix", "--dry-run", "--stdin-path", "a.md", "-");
        Assert.Equal(0, exitCode);
        Assert.StartsWith("--- a/a.md\n+++ b/a.md\n@@ -1,2 +1,2 @@\n-依照民诉法第一百一十九条起诉。\n+依照民事诉讼法第一百一十九条起诉。\n", Encoding.UTF8.GetString(output), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check --fix - a.md", "--fix with - writes the fixed document to standard output: give - as the only path")]
    [InlineData("check --stdin-path a.md a.md", "--stdin-path names standard input: give - among the paths.")]
    [InlineData("baseline --stdin-path a.md a.md", "--stdin-path names standard input: give - among the paths.")]
    [InlineData("check - -", "-: standard input can be read only once")]
    public void StandardInput_Misused_IsAUsageError(string arguments, string message)
    {
        Write(("a.md", Correct));
        var (exitCode, output, errors) = CitationLintProcess.RunWithInput(_temp, Encoding.UTF8.GetBytes(Correct), arguments.Split(' '));
        Assert.Equal(2, exitCode);
        Assert.Contains($"citationlint: error: {message}", errors, StringComparison.Ordinal);
        if (arguments.StartsWith("check --", StringComparison.Ordinal))
            Assert.Empty(output);
    }

    [Fact]
    public void StandardInput_Baseline_RecordsItUnderItsStdinPath()
    {
        var (exitCode, _, _) = CitationLintProcess.RunWithInput(_temp, Encoding.UTF8.GetBytes(Repealed), "baseline", "--stdin-path", "docs/old.md", "-");
        Assert.Equal(0, exitCode);
        Assert.Contains("\"Path\": \"docs/old.md\"", File.ReadAllText(Path.Combine(_temp, ".citationlint-baseline.json")), StringComparison.Ordinal);
    }
}
