using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CitationLint.Tests.Golden;

namespace CitationLint.Cli.Tests;

/// <summary>The output formats, against goldens, and SARIF against Microsoft's SARIF Multitool.</summary>
public sealed class OutputFormatTests : IDisposable
{
    private const string AsOf = "2026-11-30";

    private readonly string _temp = Directory.CreateTempSubdirectory("citationlint-sarif-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static string Golden(params string[] parts) =>
        Path.Combine([CitationLintProcess.RepositoryRoot, "tests", "CitationLint.Cli.Tests", "Golden", .. parts]);

    private static string? Shared =>
        Directory.Exists(Path.Combine(CitationLintProcess.RepositoryRoot, "..", "shared", "corpus", "seeds")) ? "../shared/corpus/seeds" : null;

    [Theory]
    [InlineData("text", "samples.expected.txt")]
    [InlineData("json", "samples.expected.json")]
    [InlineData("sarif", "samples.expected.sarif")]
    [InlineData("github", "samples.expected.github.txt")]
    public void Samples_MatchGoldens(string format, string golden)
    {
        var (exitCode, output, errors) = CitationLintProcess.Run(CitationLintProcess.RepositoryRoot, "check", "--format", format, "--as-of", AsOf, "samples");
        Assert.Equal("", errors);
        Assert.Equal(1, exitCode); // the samples hold deliberate errors (CL0002, CL0003)
        GoldenFile.AssertMatches(Golden(golden), Masked(format, output));
    }

    // The fixtures in Golden/Language (articles written for these tests, one finding of each rule that is on by default)
    // in both languages: the English goldens show what the Chinese ones say.
    [Theory]
    [InlineData("text", "en", "language.en.expected.txt")]
    [InlineData("text", "zh-CN", "language.zh-CN.expected.txt")]
    [InlineData("json", "en", "language.en.expected.json")]
    [InlineData("json", "zh-CN", "language.zh-CN.expected.json")]
    [InlineData("github", "en", "language.en.expected.github.txt")]
    [InlineData("github", "zh-CN", "language.zh-CN.expected.github.txt")]
    [InlineData("sarif", "zh-CN", "language.zh-CN.expected.sarif")]
    public void LanguageFixtures_MatchGoldens_InEachLanguage(string format, string language, string golden)
    {
        var (exitCode, output, errors) = CitationLintProcess.Run(Golden(), "check", "--format", format, "--as-of", AsOf, "--lang", language, "Language");
        Assert.Equal("", errors);
        Assert.Equal(1, exitCode); // CL0002, CL0003
        GoldenFile.AssertMatches(Golden(golden), Masked(format, output));
        if (format == "sarif" && SarifMultitool.IsInstalled)
            SarifMultitool.AssertValidText(output);
    }

    [Fact]
    public void JsonLines_AreTheJsonReportsFileObjects_OnePerLine()
    {
        var json = JsonNode.Parse(CitationLintProcess.Run(Golden(), "check", "--format", "json", "--as-of", AsOf, "Language").Output)!;
        var (exitCode, lines, errors) = CitationLintProcess.Run(Golden(), "check", "--format", "jsonl", "--as-of", AsOf, "Language");
        Assert.True(exitCode is 0 or 1, errors);
        var objects = lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        var files = json["files"]!.AsArray();
        Assert.True(files.Count >= 2);
        Assert.Equal(files.Count, objects.Count);
        for (var i = 0; i < files.Count; i++)
            Assert.True(JsonNode.DeepEquals(files[i], objects[i]), $"line {i + 1} differs from the JSON report's file object");

        // After --fix --dry-run's diff, what would remain: one object a line for each file too.
        var (_, afterFix, _) = CitationLintProcess.Run(Golden(), "check", "--format", "jsonl", "--as-of", AsOf, "--fix", "--dry-run", "Language");
        Assert.Equal(files.Count, afterFix.Split('\n').Count(l => l.StartsWith("{\"path\":", StringComparison.Ordinal)));
    }

    [Fact]
    public void Json_InChinese_HasTheSameFilesCitationsIdsAndPositions_OnlyTheMessagesDiffer()
    {
        var english = JsonNode.Parse(CitationLintProcess.Run(Golden(), "check", "--format", "json", "--as-of", AsOf, "--lang", "en", "Language").Output)!;
        var chinese = JsonNode.Parse(CitationLintProcess.Run(Golden(), "check", "--format", "json", "--as-of", AsOf, "--lang", "zh-CN", "Language").Output)!;
        var messages = new List<(string English, string Chinese)>();
        var englishFiles = english["files"]!.AsArray();
        var chineseFiles = chinese["files"]!.AsArray();
        for (var f = 0; f < englishFiles.Count; f++)
        {
            var englishDiagnostics = englishFiles[f]!["diagnostics"]!.AsArray();
            var chineseDiagnostics = chineseFiles[f]!["diagnostics"]!.AsArray();
            Assert.Equal(englishDiagnostics.Count, chineseDiagnostics.Count);
            for (var d = 0; d < englishDiagnostics.Count; d++)
            {
                messages.Add((englishDiagnostics[d]!["message"]!.GetValue<string>(), chineseDiagnostics[d]!["message"]!.GetValue<string>()));
                englishDiagnostics[d]!["message"] = "";
                chineseDiagnostics[d]!["message"] = "";
            }
        }

        Assert.Equal(english.ToJsonString(), chinese.ToJsonString());
        Assert.Equal(11, messages.Count);
        Assert.All(messages, m => Assert.NotEqual(m.English, m.Chinese));
        Assert.All(messages, m => Assert.DoesNotMatch("[A-Za-z]{3,}", m.Chinese));
    }

    [SkippableSharedFact]
    public void SharedSeeds_InChinese_EveryFindingAndTheSummaryAreChinese()
    {
        var (exitCode, output, errors) = CitationLintProcess.Run(CitationLintProcess.RepositoryRoot, "check", "--lang", "zh-CN", "--as-of", AsOf, Shared!);
        Assert.Equal("", errors);
        Assert.Equal(1, exitCode);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.True(lines.Length > 5, output);
        foreach (var line in lines[..^1])
        {
            // path(1,2,1,9): warning CL0004: message — the canonical part as in English, the message Chinese.
            var message = Regex.Match(line, @"^[^(]+\(\d+,\d+,\d+,\d+\): (error|warning|info) CL\d{4}: (?<message>.+)$").Groups["message"].Value;
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", message);
            Assert.DoesNotMatch("[A-Za-z]{3,}", message);
        }

        Assert.Matches(@"^已检查 \d+ 个文件：\d+ 处引用，\d+ 个错误、\d+ 个警告、\d+ 条建议。$", lines[^1]);
    }

    [SkippableSharedFact]
    public void SharedSeeds_MatchGoldens_InTextJsonAndSarif()
    {
        foreach (var (format, golden) in new[] { ("text", "seeds.expected.txt"), ("json", "seeds.expected.json"), ("sarif", "seeds.expected.sarif") })
        {
            var (exitCode, output, errors) = CitationLintProcess.Run(CitationLintProcess.RepositoryRoot, "check", "--format", format, "--as-of", AsOf, Shared!);
            Assert.Equal("", errors);
            Assert.Equal(1, exitCode);
            // The seeds are other people's writing: the golden keeps a fingerprint of each quote, not its words.
            GoldenFile.AssertMatches(Golden("Seeds", golden), Masked(format, format == "json" ? RedactQuotes(output) : output));
        }
    }

    [Fact]
    public void Sarif_OfTheSamples_PassesTheSarifMultitool() => AssertValidSarif("samples");

    [SkippableSharedFact]
    public void SharedSeeds_Sarif_PassesTheSarifMultitool() => AssertValidSarif(Shared!);

    [Fact]
    public void Sarif_GivenARelativePath_IsRelativeToSrcRoot_TheCurrentFolder()
    {
        var sarif = AssertValidSarif("samples/民间借贷利息.md");
        Assert.Equal(FolderUri(CitationLintProcess.RepositoryRoot), SourceRootUri(sarif));
        Assert.Equal(("samples/%E6%B0%91%E9%97%B4%E5%80%9F%E8%B4%B7%E5%88%A9%E6%81%AF.md", "%SRCROOT%"), FirstArtifact(sarif));
    }

    [Fact]
    public void Sarif_GivenAnAbsolutePathUnderTheCurrentFolder_IsRelativeToSrcRoot()
    {
        var sarif = AssertValidSarif(Path.Combine(CitationLintProcess.RepositoryRoot, "samples", "民间借贷利息.md"));
        Assert.Equal(("samples/%E6%B0%91%E9%97%B4%E5%80%9F%E8%B4%B7%E5%88%A9%E6%81%AF.md", "%SRCROOT%"), FirstArtifact(sarif));
    }

    [Fact]
    public void Sarif_OfAFileOutsideTheCurrentFolder_IsAnAbsoluteFileUri_WithNoBase()
    {
        var sarif = AssertValidSarif(Path.Combine(CitationLintProcess.RepositoryRoot, "samples", "民间借贷利息.md"), _temp);
        Assert.Equal(FolderUri(_temp), SourceRootUri(sarif));
        Assert.Equal((FolderUri(CitationLintProcess.RepositoryRoot) + "samples/%E6%B0%91%E9%97%B4%E5%80%9F%E8%B4%B7%E5%88%A9%E6%81%AF.md", null), FirstArtifact(sarif));
    }

    [Fact]
    public void Sarif_OfAChineseFileNameWithASpaceAndAHash_IsPercentEncodedUtf8()
    {
        Directory.CreateDirectory(Path.Combine(_temp, "文章"));
        File.WriteAllText(Path.Combine(_temp, "文章", "借款 笔记#1.md"), "《中华人民共和国民法典》第六百七十五条规定：“借款人应当按照约定的期限支付利息。”\n");
        var sarif = AssertValidSarif("文章", _temp);
        Assert.Equal(("%E6%96%87%E7%AB%A0/%E5%80%9F%E6%AC%BE%20%E7%AC%94%E8%AE%B0%231.md", "%SRCROOT%"), FirstArtifact(sarif));
    }

    [Fact]
    public void GitHub_EscapesProperties()
    {
        var (_, output, _) = CitationLintProcess.Run(CitationLintProcess.RepositoryRoot, "check", "--format", "github", "--as-of", AsOf, "samples");
        Assert.Contains("::error file=samples/民间借贷利息.md,line=12,col=3,endLine=12,endColumn=22,title=CL0003 quote-mismatch::", output, StringComparison.Ordinal);
    }

    // Checks path from the folder (the repository by default), validates the SARIF and returns it.
    private static string AssertValidSarif(string path, string? folder = null)
    {
        var (_, sarif, errors) = CitationLintProcess.Run(folder ?? CitationLintProcess.RepositoryRoot, "check", "--format", "sarif", "--as-of", AsOf, path);
        Assert.Equal("", errors);
        if (SarifMultitool.IsInstalled)
            SarifMultitool.AssertValidText(sarif);
        return sarif;
    }

    private static string? SourceRootUri(string sarif) =>
        JsonNode.Parse(sarif)!["runs"]![0]!["originalUriBaseIds"]!["%SRCROOT%"]!["uri"]!.GetValue<string>();

    private static (string? Uri, string? UriBaseId) FirstArtifact(string sarif)
    {
        var location = JsonNode.Parse(sarif)!["runs"]![0]!["results"]![0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!;
        return (location["uri"]?.GetValue<string>(), location["uriBaseId"]?.GetValue<string>());
    }

    // file:///…/ of a folder, as the tests' own reckoning (its names are ASCII here, or Uri escapes them as UTF-8).
    private static string FolderUri(string folder) => new Uri(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + "/").AbsoluteUri;

    // What varies from machine to machine and build to build, masked for the goldens: the tool's version (0.2.0, or
    // 0.2.0-ci.41 in CI) in JSON and SARIF, and SARIF's source root.
    private static string Masked(string format, string output)
    {
        if (format == "sarif")
            output = MaskSourceRoot(output);
        if (format == "json")
        {
            // Written compact, one line (design §7); the golden is indented, so a change reads as a diff of fields.
            Assert.Equal(output.Length - 1, output.IndexOf('\n', StringComparison.Ordinal));
            output = Indented(output);
        }

        return format is "json" or "sarif" ? output.Replace($"\"{Output.ToolVersion.Current}\"", "\"<tool version>\"", StringComparison.Ordinal) : output;
    }

    private static string Indented(string json) =>
        JsonNode.Parse(json)!.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";

    // The goldens hold no machine's folders: %SRCROOT% (the repository) becomes file:///SRCROOT/, and a file beside
    // the repository (the shared seeds) file:///SRCROOT/../….
    private static string MaskSourceRoot(string sarif)
    {
        var root = Regex.Match(sarif, "\"%SRCROOT%\": \\{\\s*\"uri\": \"(?<uri>[^\"]+)\"").Groups["uri"].Value;
        Assert.EndsWith("/", root, StringComparison.Ordinal);
        var parent = root[..(root.TrimEnd('/').LastIndexOf('/') + 1)];
        return sarif.Replace(root, "file:///SRCROOT/", StringComparison.Ordinal)
            .Replace("\"" + parent, "\"file:///SRCROOT/../", StringComparison.Ordinal);
    }

    private static string RedactQuotes(string json)
    {
        var root = JsonNode.Parse(json)!;
        foreach (var file in root["files"]!.AsArray())
        {
            foreach (var citation in file!["citations"]!.AsArray())
            {
                if (citation!["quote"]?.GetValue<string>() is { } quote)
                    citation["quote"] = $"<{quote.Length} chars, sha256 {Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(quote)))[..12]}>";
            }
        }

        return root.ToJsonString() + "\n";
    }
}

/// <summary>A fact that reads ../shared (the seed articles): skipped, with the reason shown, where it is absent.</summary>
internal sealed class SkippableSharedFactAttribute : CitationLint.Tests.SkippableFactAttribute
{
    public SkippableSharedFactAttribute([System.Runtime.CompilerServices.CallerMemberName] string test = "")
        : base(test)
    {
        if (!Directory.Exists(Path.Combine(CitationLintProcess.RepositoryRoot, "..", "shared", "corpus", "seeds")))
            SkipBecause("../shared (the seed articles) is not next to this clone; this test reads it.");
    }
}
