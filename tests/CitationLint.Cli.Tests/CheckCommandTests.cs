using System.Text.Json;
using CitationLint.Tests.Golden;

namespace CitationLint.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("citationlint-cli-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Check_JsonOfTheSamples_MatchesGolden()
    {
        var (exitCode, output, errors) = CitationLintProcess.Run(CitationLintProcess.RepositoryRoot, "check", "--format", "json", "--as-of", "2026-01-15", "samples");
        Assert.Equal("", errors);
        Assert.Equal(0, exitCode);
        // Goldens are found from the repository root: CI builds map source paths to /_/ (deterministic builds).
        var golden = Path.Combine(CitationLintProcess.RepositoryRoot, "tests", "CitationLint.Cli.Tests", "Golden", "samples.expected.json");
        GoldenFile.AssertMatches(golden, output);
    }

    [Fact]
    public void Check_Json_HasTheContractShape()
    {
        var (_, output, _) = CitationLintProcess.Run(CitationLintProcess.RepositoryRoot, "check", "--format", "json", "samples");
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("citationlint", root.GetProperty("tool").GetProperty("name").GetString());
        Assert.Equal(DateTime.Now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), root.GetProperty("asOf").GetString());
        var citation = root.GetProperty("files")[0].GetProperty("citations")[0];
        string[] fields = ["text", "line", "column", "endLine", "endColumn", "law", "version", "article", "paragraph", "item", "quote"];
        Assert.Equal(fields, citation.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Array, root.GetProperty("files")[0].GetProperty("diagnostics").ValueKind);
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

    [Fact]
    public void Check_Text_PrintsASummary()
    {
        var (exitCode, output, _) = CitationLintProcess.Run(CitationLintProcess.RepositoryRoot, "check", "samples");
        Assert.Equal(0, exitCode);
        Assert.Matches(@"^3 files checked: \d+ citations, 0 errors, 0 warnings\.", output);
    }
}
