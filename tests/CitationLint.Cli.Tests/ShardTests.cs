using System.Text.Json;
using CitationLint.Cli.Commands;

namespace CitationLint.Cli.Tests;

/// <summary>
/// <c>check --shard K/N</c>: N runs split the files by path, disjointly and completely, and their JSON Lines together
/// are the unsharded run's.
/// </summary>
public sealed class ShardTests : IDisposable
{
    private readonly InventedArticles _articles = new();

    public void Dispose() => _articles.Dispose();

    private (int ExitCode, List<string> Lines) Jsonl(params string[] arguments)
    {
        var (exitCode, output, errors) = CitationLintProcess.Run(_articles.Root, ["check", "--format", "jsonl", "--as-of", "2025-06-01", .. arguments]);
        Assert.True(exitCode is 0 or 1, errors);
        return (exitCode, [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries)]);
    }

    private static string PathOf(string line) => JsonDocument.Parse(line).RootElement.GetProperty("path").GetString()!;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(12)] // more shards than files: some are empty, and that is no error
    public void Shards_AreDisjoint_CoverEveryFile_AndTheirUnionIsTheSingleRun(int count)
    {
        var (wholeExit, whole) = Jsonl("docs", "notes");
        var shards = Enumerable.Range(1, count).Select(k => Jsonl("docs", "notes", "--shard", $"{k}/{count}")).ToList();
        var paths = shards.SelectMany(s => s.Lines.Select(PathOf)).ToList();
        Assert.Equal(paths.Count, paths.Distinct().Count());
        Assert.Equal(whole.Select(PathOf).Order(StringComparer.Ordinal), paths.Order(StringComparer.Ordinal));
        Assert.Equal(whole.Order(StringComparer.Ordinal), shards.SelectMany(s => s.Lines).Order(StringComparer.Ordinal));
        // The run fails when a shard does: the error is in exactly one of them.
        Assert.Equal(wholeExit, shards.Max(s => s.ExitCode));
    }

    [Fact]
    public void Shard_IsByPath_WhateverTheOperandsSpelling()
    {
        var plain = Jsonl("docs", "--shard", "2/3").Lines.Select(PathOf).ToList();
        var dotted = Jsonl("./docs", "--shard", "2/3").Lines.Select(p => PathOf(p)[2..]).ToList();
        Assert.Equal(plain, dotted);
    }

    [Theory]
    [InlineData("docs/隐私.md", 0xC56234649F8E14D0UL)] // FNV-1a 64 of the UTF-8 path: fixed, whatever the process
    [InlineData("a", 0xAF63DC4C8601EC8CUL)] // the specification's own test vector
    public void Shard_HashIsFnv1a64(string path, ulong hash) => Assert.Equal(hash, Shard.Hash(path));

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("1/0")]
    [InlineData("1")]
    [InlineData("-1/2")]
    [InlineData("a/b")]
    [InlineData("1/2/3")]
    public void Shard_NotKOfN_IsAUsageError(string text)
    {
        var (exitCode, _, errors) = CitationLintProcess.Run(_articles.Root, "check", "docs", "--shard", text);
        Assert.Equal(2, exitCode);
        Assert.Contains($"--shard '{text}' is not K/N", errors, StringComparison.Ordinal);
    }
}
