using System.Text.Json;

namespace CitationLint.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("citationlint-cli-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Check_Json_HasTheContractShape()
    {
        var (_, output, _) = CitationLintProcess.Run(CitationLintProcess.RepositoryRoot, "check", "--format", "json", "samples");
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("citationlint", root.GetProperty("tool").GetProperty("name").GetString());
        Assert.Equal(LocalClock.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), root.GetProperty("asOf").GetString());
        var citations = root.GetProperty("files").EnumerateArray().SelectMany(f => f.GetProperty("citations").EnumerateArray()).ToList();
        string[] fields = ["text", "line", "column", "endLine", "endColumn", "law", "version", "article", "paragraph", "item", "quote"];
        // Optional: a range's last article after "article"; what the judgement rests on (design §7) at the end.
        foreach (var citation in citations)
        {
            var expected = fields.ToList();
            if (citation.TryGetProperty("through", out _))
                expected.Insert(expected.IndexOf("article") + 1, "through");
            if (citation.TryGetProperty("evidence", out _))
                expected.Add("evidence");
            Assert.Equal(expected, citation.EnumerateObject().Select(p => p.Name));
        }

        var withEvidence = citations.Where(c => c.TryGetProperty("evidence", out _)).ToList();
        Assert.NotEmpty(withEvidence);
        foreach (var citation in withEvidence)
        {
            var evidence = citation.GetProperty("evidence");
            Assert.Equal(["kind", "version", "article", "score"], evidence.EnumerateObject().Select(p => p.Name));
            Assert.Contains(evidence.GetProperty("kind").GetString(), new[] { "quote", "implicit", "paraphrase", "document" });
            Assert.InRange(evidence.GetProperty("score").GetDouble(), 0, 1);
        }
        Assert.Equal(JsonValueKind.Array, root.GetProperty("files")[0].GetProperty("diagnostics").ValueKind);
    }

    [Fact]
    public void Check_InvalidEditorConfigSetting_IsAWarningNamingFileAndLine_AndTheDefaultStands()
    {
        File.WriteAllText(Path.Combine(_temp, ".editorconfig"), "root = true\n\n[*.md]\ndotnet_diagnostic.CL0005.severity = bogus\n");
        File.WriteAllText(Path.Combine(_temp, "a.md"), "违约责任过去规定在《合同法》第一百零七条。\n");
        var (exit, output, errors) = CitationLintProcess.Run(_temp, "check", "--as-of", "2026-11-30", "a.md");
        Assert.Equal(0, exit);
        Assert.Contains("warning CL0005", output, StringComparison.Ordinal);
        Assert.Contains(".editorconfig(4): warning: 'bogus' is not a severity for CL0005", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ManyFilesInParallel_WritesThePathOrderReport_ThatOneJobAndTheWholeReportWrite()
    {
        // Forty files of different sizes, checked four at a time and streamed: the report must be the one a single
        // job writes, and the one the whole-report formatter writes from a finished run.
        string[] citations =
        [
            "《民法典》第1032条", "《中华人民共和国民事诉讼法》第二百四十三条规定：“人民法院有权扣留、提取被执行人应当履行义务部分的收入。”",
            "《合同法》第107条", "《治安管理处罚法》第四十二条", "《不存在的法》第一条", "依照本法第三条",
        ];
        for (var i = 0; i < 40; i++)
        {
            var text = string.Join("\n\n", Enumerable.Range(0, 1 + (i * 7 % 23)).Select(n => citations[(i + n) % citations.Length]));
            File.WriteAllText(Path.Combine(_temp, $"{i:00}-{(char)('a' + (i % 26))}.md"), text);
        }

        File.WriteAllBytes(Path.Combine(_temp, "17-bad.txt"), [0xE6, 0xB0, 0x91, 0xFF, 0xFE, 0x41]);
        var (parallelExit, parallel, parallelErrors) = CitationLintProcess.Run(_temp, "check", "--format", "json", "--as-of", "2026-11-30", "--jobs", "4", ".");
        var (serialExit, serial, serialErrors) = CitationLintProcess.Run(_temp, "check", "--format", "json", "--as-of", "2026-11-30", "--jobs", "1", ".");
        Assert.Equal(2, parallelExit);
        Assert.Equal(serialExit, parallelExit);
        Assert.Equal(serial, parallel);
        Assert.Equal(serialErrors, parallelErrors);
        Assert.Contains("17-bad.txt: not valid UTF-8 text", parallelErrors, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(parallel);
        var paths = json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()!).ToList();
        Assert.Equal(40, paths.Count);
        Assert.Equal(paths.OrderBy(p => p, StringComparer.Ordinal), paths);

        var previous = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(_temp);
            var report = new Commands.CheckRun(TextWriter.Null, OutputLanguage.English) { Jobs = 4 }.Run(new Commands.Inputs(["."]), new DateOnly(2026, 11, 30), Configuration.Baseline.Empty);
            using var whole = new MemoryStream();
            Output.JsonReportFormatter.Write(report, whole);
            Assert.Equal(parallel.TrimEnd(), System.Text.Encoding.UTF8.GetString(whole.ToArray()));
            var text = new StringWriter();
            Output.TextReportFormatter.Write(report, text);
            var (_, streamedText, _) = CitationLintProcess.Run(_temp, "check", "--as-of", "2026-11-30", "--jobs", "3", ".");
            Assert.Equal(text.ToString(), streamedText);
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
    }

    [Fact]
    public void StatutesInfo_DescribesTheBundledTable_AndItsLoadTime()
    {
        var (exitCode, output, _) = CitationLintProcess.Run(_temp, "statutes", "info");
        Assert.Equal(0, exitCode);
        var counts = System.Text.RegularExpressions.Regex.Match(output, @"(\d+) laws, (\d+) versions, (\d+) articles");
        Assert.True(counts.Success, output);
        Assert.True(int.Parse(counts.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 1000, output);
        Assert.True(int.Parse(counts.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture) > 50000, output);
        Assert.Matches(@"Loaded in \d+\.\d ms; its quote index opened in \d+\.\d\d ms\.", output);
    }

    [Fact]
    public void Check_MissingPath_ExitsWith2_NamesIt_AndChecksTheRest()
    {
        File.WriteAllText(Path.Combine(_temp, "good.md"), "《民法典》第1032条");
        var (exitCode, output, errors) = CitationLintProcess.Run(_temp, "check", "good.md", "missing.md", "missing-folder");
        Assert.Equal(2, exitCode);
        Assert.Contains("missing.md: no such file or folder", errors, StringComparison.Ordinal);
        Assert.Contains("missing-folder: no such file or folder", errors, StringComparison.Ordinal);
        Assert.StartsWith("1 file checked: 1 citation,", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnreadableFile_ExitsWith2_NamesIt_AndChecksTheRest()
    {
        File.WriteAllText(Path.Combine(_temp, "a-good.txt"), "《民法典》第1032条");
        File.WriteAllBytes(Path.Combine(_temp, "b-bad.txt"), [0xE6, 0xB0, 0x91, 0xFF, 0xFE, 0x41]);
        var (exitCode, output, errors) = CitationLintProcess.Run(_temp, "check", "--format", "json", ".");
        Assert.Equal(2, exitCode);
        Assert.Contains("b-bad.txt: not valid UTF-8 text", errors, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        var file = Assert.Single(json.RootElement.GetProperty("files").EnumerateArray());
        Assert.Equal("./a-good.txt", file.GetProperty("path").GetString());
        Assert.Equal("1032", file.GetProperty("citations")[0].GetProperty("article").GetString());
    }

    [Fact]
    public void Check_Folder_ReadsMarkdownAndText_AndSkipsBuildFolders()
    {
        Directory.CreateDirectory(Path.Combine(_temp, "docs", "sub"));
        Directory.CreateDirectory(Path.Combine(_temp, "obj"));
        Directory.CreateDirectory(Path.Combine(_temp, "node_modules"));
        File.WriteAllText(Path.Combine(_temp, "docs", "a.md"), "《民法典》第1032条");
        File.WriteAllText(Path.Combine(_temp, "docs", "sub", "b.markdown"), "《民法典》第1033条");
        File.WriteAllText(Path.Combine(_temp, "docs", "c.txt"), "《民法典》第1034条");
        File.WriteAllText(Path.Combine(_temp, "docs", "d.html"), "《民法典》第1035条");
        File.WriteAllText(Path.Combine(_temp, "obj", "e.md"), "《民法典》第1036条");
        File.WriteAllText(Path.Combine(_temp, "node_modules", "f.md"), "《民法典》第1037条");
        var (exitCode, output, _) = CitationLintProcess.Run(_temp, "check", "--format", "json", ".");
        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var paths = json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()).ToList();
        Assert.Equal(["./docs/a.md", "./docs/c.txt", "./docs/sub/b.markdown"], paths);
    }

    [Theory]
    [InlineData("--as-of", "2026-13-01", "--as-of '2026-13-01' is not a date")]
    [InlineData("--format", "xml", "xml")]
    public void Check_UsageErrors_ExitWith2(string option, string value, string message)
    {
        var (exitCode, _, errors) = CitationLintProcess.Run(CitationLintProcess.RepositoryRoot, "check", option, value, "samples");
        Assert.Equal(2, exitCode);
        Assert.Contains(message, errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--frobnicate a.md", "citationlint: error: unknown option '--frobnicate' for 'check'.\nRun 'citationlint check --help' for usage.\n")]
    [InlineData("--formt json a.md", "citationlint: error: unknown option '--formt' for 'check'.\n'--formt' was not matched. Did you mean one of the following?\n--format\n")]
    [InlineData("a.md --fxi a.md", "citationlint: error: unknown option '--fxi' for 'check'.\n'--fxi' was not matched. Did you mean one of the following?\n--fix\n")]
    public void Check_UnknownOption_IsAUsageError_NamingIt(string arguments, string message)
    {
        File.WriteAllText(Path.Combine(_temp, "a.md"), "《民法典》第1032条");
        var (exitCode, output, errors) = CitationLintProcess.Run(_temp, ["check", .. arguments.Split(' ')]);
        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith(message, errors, StringComparison.Ordinal);
        Assert.DoesNotContain("no such file", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lookup --frob 1032", "unknown option '--frob' for 'lookup'.\nRun 'citationlint lookup --help' for usage.\n")]
    [InlineData("lookup 民法典 --frob", "unknown option '--frob' for 'lookup'.\nRun 'citationlint lookup --help' for usage.\n")]
    [InlineData("lookup --versoin 2012-10-26 治安管理处罚法 42", "unknown option '--versoin' for 'lookup'.\n'--versoin' was not matched. Did you mean one of the following?\n--version\n")]
    [InlineData("explain --frob CL0003", "unknown option '--frob' for 'explain'.\nRun 'citationlint explain --help' for usage.\n")]
    [InlineData("baseline --ouput b.json a.md", "unknown option '--ouput' for 'baseline'.\n'--ouput' was not matched. Did you mean one of the following?\n--output\n")]
    [InlineData("report --html r.html --frob a.md", "unknown option '--frob' for 'report'.\n")]
    [InlineData("statutes import --frob statutes-src", "unknown option '--frob' for 'statutes import'.\nRun 'citationlint statutes import --help' for usage.\n")]
    [InlineData("statutes info --frob", "unknown option '--frob' for 'statutes info'.\n")]
    public void EveryVerb_UnknownOption_IsAUsageError_NamingIt(string arguments, string message)
    {
        File.WriteAllText(Path.Combine(_temp, "a.md"), "《民法典》第1032条");
        var (exitCode, output, errors) = CitationLintProcess.Run(_temp, arguments.Split(' '));
        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith("citationlint: error: " + message, errors, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_temp, "r.html")));
        Assert.False(File.Exists(Path.Combine(_temp, "b.json")));
    }

    [Fact]
    public void Check_PathStartingWithADash_IsStillAPath()
    {
        File.WriteAllText(Path.Combine(_temp, "-a.md"), "《民法典》第1032条");
        var (exitCode, output, _) = CitationLintProcess.Run(_temp, "check", "-a.md");
        Assert.Equal(0, exitCode);
        Assert.StartsWith("1 file checked: 1 citation,", output, StringComparison.Ordinal);
    }

    [Fact]
    public void MistypedVerb_IsAUsageError_WithASuggestion()
    {
        var (exitCode, output, errors) = CitationLintProcess.Run(_temp, "chek", "docs");
        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith("citationlint: error: unknown command or argument 'chek'.\n'chek' was not matched. Did you mean one of the following?\ncheck\n", errors, StringComparison.Ordinal);
        Assert.EndsWith("Run 'citationlint --help' for usage.\n", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FolderWithNoArticles_WarnsNamingIt_AndExitsWith2()
    {
        Directory.CreateDirectory(Path.Combine(_temp, "empty"));
        File.WriteAllText(Path.Combine(_temp, "empty", "page.html"), "《民法典》第1032条");
        var (exitCode, _, errors) = CitationLintProcess.Run(_temp, "check", "empty");
        Assert.Equal(2, exitCode);
        Assert.Contains("citationlint: warning: no files to check in empty", errors, StringComparison.Ordinal);
        Assert.Contains("--allow-empty", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FolderWithNoArticles_AllowEmpty_Exits0_WithANote()
    {
        Directory.CreateDirectory(Path.Combine(_temp, "empty"));
        var (exitCode, output, errors) = CitationLintProcess.Run(_temp, "check", "--allow-empty", "empty");
        Assert.Equal(0, exitCode);
        Assert.Equal("citationlint: note: no files to check in empty (--allow-empty)\n", errors);
        Assert.Equal("0 files checked: 0 citations, 0 errors, 0 warnings, 0 suggestions.\n", output);
    }

    [Fact]
    public void Check_EmptyFolderBesideArticles_IsNoWarning()
    {
        Directory.CreateDirectory(Path.Combine(_temp, "empty"));
        File.WriteAllText(Path.Combine(_temp, "a.md"), "《民法典》第1032条");
        var (exitCode, _, errors) = CitationLintProcess.Run(_temp, "check", "empty", "a.md");
        Assert.Equal(0, exitCode);
        Assert.Equal("", errors);
    }

    [Fact]
    public void Check_Text_EndsWithASummary_AndExits1OnErrors()
    {
        var (exitCode, output, _) = CitationLintProcess.Run(CitationLintProcess.RepositoryRoot, "check", "samples");
        Assert.Equal(1, exitCode);
        Assert.Matches(@"(?m)^3 files checked: \d+ citations, \d+ errors, \d+ warnings, \d+ suggestions?\.$", output);
    }

    [Fact]
    public void Check_NoErrors_Exits0()
    {
        File.WriteAllText(Path.Combine(_temp, "ok.md"), "《民法典》第一千零三十二条：“自然人享有隐私权。”");
        var (exitCode, output, _) = CitationLintProcess.Run(_temp, "check", "ok.md");
        Assert.Equal(0, exitCode);
        Assert.Equal("1 file checked: 1 citation, 0 errors, 0 warnings, 0 suggestions.\n", output);
    }

    [Fact]
    public void Check_EditorConfigRaisingARule_FailsTheRun()
    {
        File.WriteAllText(Path.Combine(_temp, ".editorconfig"), "root = true\n[*.md]\ndotnet_diagnostic.CL0008.severity = error\n");
        File.WriteAllText(Path.Combine(_temp, "a.md"), "依照民诉法第一百一十九条起诉。");
        var (exitCode, output, _) = CitationLintProcess.Run(_temp, "check", "a.md");
        Assert.Equal(1, exitCode);
        Assert.StartsWith("a.md(1,3,1,6): error CL0008: 民诉法 is an informal name", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Baseline_ThenCheck_ReportsOnlyNewFindings()
    {
        File.WriteAllText(Path.Combine(_temp, ".editorconfig"), "root = true\n");
        File.WriteAllText(Path.Combine(_temp, "a.md"), "《合同法》第一百零七条。");
        var (baselineExit, baselineOutput, _) = CitationLintProcess.Run(_temp, "baseline", "a.md");
        Assert.Equal(0, baselineExit);
        Assert.StartsWith("Wrote 1 findings from 1 files to .citationlint-baseline.json", baselineOutput, StringComparison.Ordinal);

        Assert.Equal("1 file checked: 1 citation, 0 errors, 0 warnings, 0 suggestions, 1 forgiven by the baseline.\n", CitationLintProcess.Run(_temp, "check", "a.md").Output);

        File.AppendAllText(Path.Combine(_temp, "a.md"), "\n\n《担保法》第六条。");
        var (_, output, _) = CitationLintProcess.Run(_temp, "check", "a.md");
        Assert.Contains("warning CL0005: 《中华人民共和国担保法》", output, StringComparison.Ordinal);
        Assert.DoesNotContain("合同法", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a.md")]
    [InlineData("./a.md")]
    [InlineData("{folder}/a.md")]
    [InlineData(".")]
    public void Baseline_WrittenForTheFolder_ForgivesWhateverSpellingCheckIsGiven(string path)
    {
        WriteBaselinedFinding(_temp, _temp);
        Assert.Contains("\"Path\": \"a.md\"", File.ReadAllText(Path.Combine(_temp, ".citationlint-baseline.json")), StringComparison.Ordinal);

        var (exitCode, output, _) = CitationLintProcess.Run(_temp, "check", path.Replace("{folder}", _temp, StringComparison.Ordinal));
        Assert.Equal(0, exitCode);
        Assert.Equal("1 file checked: 1 citation, 0 errors, 0 warnings, 0 suggestions, 1 forgiven by the baseline.\n", output);
    }

    [Fact]
    public void Baseline_WrittenAtTheRoot_ForgivesFindingsCheckedFromASubfolder()
    {
        var docs = Path.Combine(_temp, "docs");
        WriteBaselinedFinding(docs, _temp);
        Assert.Contains("\"Path\": \"docs/a.md\"", File.ReadAllText(Path.Combine(_temp, ".citationlint-baseline.json")), StringComparison.Ordinal);

        AssertForgiven(CitationLintProcess.Run(docs, "check", "--baseline", "../.citationlint-baseline.json", "a.md"));
    }

    [Fact]
    public void Baseline_WrittenInASubfolder_ForgivesFindingsCheckedFromTheRoot()
    {
        WriteBaselinedFinding(Path.Combine(_temp, "docs"), Path.Combine(_temp, "docs"));
        foreach (var path in new[] { "docs", "docs/a.md", "./docs/../docs/a.md" })
            AssertForgiven(CitationLintProcess.Run(_temp, "check", "--baseline", "docs/.citationlint-baseline.json", path));

        // Without the baseline the finding is back, and the summary forgives nothing.
        var (_, unforgiven, _) = CitationLintProcess.Run(_temp, "check", "docs");
        Assert.Contains("warning CL0005", unforgiven, StringComparison.Ordinal);
        Assert.EndsWith("0 suggestions.\n", unforgiven, StringComparison.Ordinal);
    }

    [Fact]
    public void Baseline_WrittenBeforePathsWereRelative_StillForgives()
    {
        // Earlier versions stored the path as given: "./a.md" for `baseline .`.
        WriteBaselinedFinding(_temp, _temp);
        var file = Path.Combine(_temp, ".citationlint-baseline.json");
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"Path\": \"a.md\"", "\"Path\": \"./a.md\"", StringComparison.Ordinal));

        AssertForgiven(CitationLintProcess.Run(_temp, "check", "a.md"));
    }

    // A file with one warning (CL0005) in folder, recorded by `baseline .` run in baselineFolder.
    private void WriteBaselinedFinding(string folder, string baselineFolder)
    {
        File.WriteAllText(Path.Combine(_temp, ".editorconfig"), "root = true\n");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "a.md"), "《合同法》第一百零七条。");
        Assert.Equal(0, CitationLintProcess.Run(baselineFolder, "baseline", ".").ExitCode);
    }

    private static void AssertForgiven((int ExitCode, string Output, string Errors) run)
    {
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("CL0005", run.Output, StringComparison.Ordinal);
        Assert.EndsWith(", 1 forgiven by the baseline.\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Baseline_Default_IsFoundInTheFoldersAbove_UpToTheRepositoryRoot()
    {
        Directory.CreateDirectory(Path.Combine(_temp, ".git"));
        var docs = Path.Combine(_temp, "docs");
        WriteBaselinedFinding(docs, _temp);
        Directory.CreateDirectory(Path.Combine(docs, "sub"));

        AssertForgiven(CitationLintProcess.Run(docs, "check", "a.md"));
        AssertForgiven(CitationLintProcess.Run(Path.Combine(docs, "sub"), "check", ".."));
        var (_, report, _) = CitationLintProcess.Run(docs, "report", "--html", "r.html", "a.md");
        Assert.Equal("Wrote r.html: 0 findings in 1 files.\n", report);
    }

    [Fact]
    public void Baseline_Default_AboveTheRepositoryRoot_OrOutsideARepository_IsNotUsed()
    {
        // The baseline is in _temp; the repository is _temp/repo (its .git), and _temp/plain is in none.
        foreach (var folder in new[] { "repo", "plain" })
            WriteBaselinedFinding(Path.Combine(_temp, folder), _temp);
        Directory.CreateDirectory(Path.Combine(_temp, "repo", ".git"));

        foreach (var folder in new[] { "repo", "plain" })
        {
            var (exitCode, output, _) = CitationLintProcess.Run(Path.Combine(_temp, folder), "check", "a.md");
            Assert.Equal(0, exitCode);
            Assert.Contains("warning CL0005", output, StringComparison.Ordinal);
            Assert.DoesNotContain("forgiven", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Baseline_Unreadable_ExitsWith2()
    {
        File.WriteAllText(Path.Combine(_temp, "a.md"), "正文");
        var (exitCode, _, errors) = CitationLintProcess.Run(_temp, "check", "--baseline", "missing.json", "a.md");
        Assert.Equal(2, exitCode);
        Assert.Contains("missing.json: no such baseline file", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_FollowsVersionPrefix_InTheVersionOption_AndTheJsonToolVersion()
    {
        var props = System.Xml.Linq.XDocument.Load(Path.Combine(CitationLintProcess.RepositoryRoot, "Directory.Build.props"));
        var prefix = props.Descendants("VersionPrefix").Single().Value;
        var (exitCode, version, _) = CitationLintProcess.Run(_temp, "--version");
        Assert.Equal(0, exitCode);
        Assert.StartsWith(prefix, version, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(_temp, "a.md"), "《民法典》第1032条");
        using var json = JsonDocument.Parse(CitationLintProcess.Run(_temp, "check", "--format", "json", "a.md").Output);
        Assert.Equal(version.Trim().Split('+')[0], json.RootElement.GetProperty("tool").GetProperty("version").GetString());
    }

    [Theory]
    [InlineData("CL0003", "# CL0003: quote-mismatch")]
    [InlineData("quote-mismatch", "# CL0003: quote-mismatch")]
    [InlineData("cl0010", "# CL0010: altered-quote")]
    public void Explain_PrintsTheRulePage(string rule, string heading)
    {
        var (exitCode, output, _) = CitationLintProcess.Run(CitationLintProcess.RepositoryRoot, "explain", rule);
        Assert.Equal(0, exitCode);
        Assert.StartsWith(heading, output, StringComparison.Ordinal);
        Assert.Contains("dotnet_diagnostic.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_UnknownRule_ExitsWith2() =>
        Assert.Equal(2, CitationLintProcess.Run(CitationLintProcess.RepositoryRoot, "explain", "CL9999").ExitCode);
}
