using System.Text;
using System.Text.RegularExpressions;

namespace CitationLint.Cli.Tests;

/// <summary>
/// <c>check --cache DIR</c>: unchanged files come from the cache, anything that changes a result checks the file again,
/// a damaged entry is checked again, and the output is the same byte for byte as without the cache.
/// </summary>
public sealed partial class ResultCacheTests : IDisposable
{
    private readonly InventedArticles _articles = new();

    private string Cache => Path.Combine(_articles.Root, ".cache");

    public void Dispose() => _articles.Dispose();

    // A check of the articles, as of a fixed date unless the arguments give one.
    private (int ExitCode, byte[] Output, string Errors) Check(params string[] arguments) =>
        CitationLintProcess.RunWithInput(_articles.Root, [], ["check", "docs", "notes", .. arguments.Contains("--as-of") ? arguments : [.. arguments, "--as-of", "2025-06-01"]]);

    // How many files came from the cache, as standard error tells it.
    private (int Hits, int Files) Hits(params string[] arguments)
    {
        var (exitCode, _, errors) = Check([.. arguments, "--cache", Cache]);
        Assert.True(exitCode is 0 or 1, errors);
        var match = HitsLine().Match(errors);
        Assert.True(match.Success, errors);
        return match.Groups[1].Success
            ? (int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value))
            : (int.Parse(match.Groups[4].Value), int.Parse(match.Groups[3].Value));
    }

    [GeneratedRegex(@"note: (\d+) of (\d+) files from the cache|(\d+) 个文件中有 (\d+) 个取自缓存")]
    private static partial Regex HitsLine();

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("jsonl")]
    [InlineData("sarif")]
    [InlineData("github")]
    public void Cache_OutputIsByteIdentical_ColdAndWarm(string format)
    {
        var without = Check("--format", format);
        var cold = Check("--format", format, "--cache", Cache);
        var warm = Check("--format", format, "--cache", Cache);
        Assert.Equal(1, without.ExitCode); // 说明.txt cites an article the Civil Code lacks
        Assert.Equal(Encoding.UTF8.GetString(without.Output), Encoding.UTF8.GetString(cold.Output));
        Assert.Equal(without.Output, cold.Output);
        Assert.Equal(without.Output, warm.Output);
        Assert.Equal(without.ExitCode, warm.ExitCode);
        Assert.Contains($"{InventedArticles.Files.Length} of {InventedArticles.Files.Length} files from the cache", warm.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Cache_HitsAfterNoChange_MissesOnlyTheEditedFile()
    {
        var files = InventedArticles.Files.Length;
        Assert.Equal((0, files), Hits());
        Assert.Equal((files, files), Hits());
        _articles.Write("docs/合同/无效.md", "合同无效的情形，现在规定在《民法典》第一百五十三条。\n");
        Assert.Equal((files - 1, files), Hits());
        Assert.Equal((files, files), Hits());
    }

    [Theory]
    [InlineData("[*.md]\ndotnet_diagnostic.CL0005.severity = error\n", 7)] // the seven Markdown files
    [InlineData("[docs/执行/*]\ndotnet_diagnostic.CL0002.severity = none\n", 2)]
    [InlineData("[*]\ncharset = utf-8\n", 0)] // no severity changed: every result stands
    public void Cache_MissesWhereASeverityChanged(string editorConfig, int rechecked)
    {
        var files = InventedArticles.Files.Length;
        Hits();
        _articles.Write(".editorconfig", "root = true\n\n" + editorConfig);
        Assert.Equal((files - rechecked, files), Hits());
        // And what it reports is what a run without the cache reports.
        Assert.Equal(Check("--format", "json").Output, Check("--format", "json", "--cache", Cache).Output);
    }

    [Theory]
    [InlineData("--lang", "zh-CN")]
    [InlineData("--as-of", "2020-06-01")]
    public void Cache_MissesAfterALanguageOrDateChange(string option, string value)
    {
        var files = InventedArticles.Files.Length;
        Hits();
        Assert.Equal((0, files), Hits(option, value));
        Assert.Equal((files, files), Hits(option, value));
        Assert.Equal((files, files), Hits());
    }

    [Fact]
    public void Cache_MissesWhereTheBaselineChanged()
    {
        var files = InventedArticles.Files.Length;
        Assert.Equal(0, CitationLintProcess.Run(_articles.Root, "baseline", "notes", "--as-of", "2025-06-01").ExitCode);
        Assert.Equal((0, files), Hits());
        _articles.Write(".citationlint-baseline.json", "[]\n");
        // Only 婚姻.md had findings to record: the others' results stand.
        Assert.Equal((files - 1, files), Hits());
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("citationlint-result 1 00000000000000000000000000000000\n{}")]
    [InlineData(null)] // an entry whose finding is turned off, with its seal made to match
    public void Cache_ADamagedEntry_IsCheckedAgain_AndRewritten(string? damage)
    {
        var files = InventedArticles.Files.Length;
        var expected = Check("--format", "jsonl").Output;
        Hits();
        // The entry of the file with the error: were it read as no finding, the run would pass.
        var entry = Directory.EnumerateFiles(Cache, "*.json", SearchOption.AllDirectories)
            .Single(f => File.ReadAllText(f).Contains("\"Path\":\"docs/执行/说明.txt\"", StringComparison.Ordinal));
        File.WriteAllText(entry, damage ?? Resealed(File.ReadAllText(entry).Replace("\"Severity\":4", "\"Severity\":0", StringComparison.Ordinal)));
        var (exitCode, output, errors) = Check("--format", "jsonl", "--cache", Cache);
        Assert.Equal(1, exitCode);
        Assert.Equal(expected, output);
        Assert.Contains($"{files - 1} of {files} files from the cache", errors, StringComparison.Ordinal);
        Assert.Equal((files, files), Hits());
    }

    private static string Resealed(string entry)
    {
        var body = entry[(entry.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        return Caching.CacheEnvelope.Seal(Caching.ResultCache.Format, body);
    }

    [Fact]
    public async Task Cache_SharedByConcurrentShards_StaysSound()
    {
        var expected = Check("--format", "jsonl").Output;
        // Two rounds of four shards at once: the second round's shards write over the first's entries as they read them.
        var shards = await Task.WhenAll(Enumerable.Range(1, 8).Select(k => Task.Run(() => Check("--format", "jsonl", "--cache", Cache, "--shard", $"{(k % 4) + 1}/4"))));
        Assert.All(shards, s => Assert.True(s.ExitCode is 0 or 1, s.Errors));
        var files = InventedArticles.Files.Length;
        Assert.Equal((files, files), Hits());
        Assert.Equal(expected, Check("--format", "jsonl", "--cache", Cache).Output);
    }

    [Fact]
    public void Cache_WithFix_IsAUsageError()
    {
        var (exitCode, _, errors) = Check("--fix", "--cache", Cache);
        Assert.Equal(2, exitCode);
        Assert.Contains("--cache does not go with --fix", errors, StringComparison.Ordinal);
    }
}
