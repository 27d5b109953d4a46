using System.Text.Json;

namespace CitationLint.Cli.Tests;

/// <summary>
/// tools/dask/citationlint_dask.py: the shards of <c>check --shard K/N --format jsonl</c> run on a Dask LocalCluster of two
/// workers, merged, equal a single run. Needs Debian's python3-distributed (.ci/run installs it).
/// </summary>
public sealed class DaskExampleTests : IDisposable
{
    private readonly InventedArticles _articles = new();

    public void Dispose() => _articles.Dispose();

    private static string Script => Path.Combine(CitationLintProcess.RepositoryRoot, "tools", "dask", "citationlint_dask.py");

    private static string CitationLint => "dotnet " + Path.Combine(AppContext.BaseDirectory, "citationlint.dll");

    [DaskFact]
    public void Dask_ShardsOnALocalCluster_MergeToTheSingleRun()
    {
        Assert.True(DaskFactAttribute.Installed, $"CI must install python3-distributed (.ci/run: apt-get install python3-distributed); {DaskFactAttribute.Python} cannot import it");
        string[] check = ["docs", "notes", "--as-of", "2025-06-01"];
        var (exitCode, merged, errors) = Tools.Run(
            DaskFactAttribute.Python, [Script, "--shards", "3", "--workers", "2", "--citationlint", CitationLint, "--verify", "--", .. check],
            _articles.Root, CitationLintProcess.PinnedEnvironment());
        var (singleExit, single, _) = CitationLintProcess.Run(_articles.Root, ["check", "--format", "jsonl", .. check]);

        Assert.True(exitCode == singleExit, errors); // 1: 说明.txt cites an article the Civil Code lacks
        Assert.Contains("the merge equals a single run", errors, StringComparison.Ordinal);
        Assert.Equal(ByPath(single), Lines(merged));
        Assert.Equal(InventedArticles.Files.Length, Lines(merged).Count);
    }

    private static List<string> Lines(string jsonLines) => [.. jsonLines.Split('\n', StringSplitOptions.RemoveEmptyEntries)];

    private static List<string> ByPath(string jsonLines) =>
        [.. Lines(jsonLines).OrderBy(line => JsonDocument.Parse(line).RootElement.GetProperty("path").GetString(), StringComparer.Ordinal)];
}

/// <summary>
/// A test of the Dask example: skipped, saying why, where Debian's python3-distributed is not installed — except in CI
/// (CI=true), where it runs and fails, since .ci/run installs it.
/// </summary>
internal sealed class DaskFactAttribute : CitationLint.Tests.SkippableFactAttribute
{
    /// <summary>Debian's Python, which the package installs into (a pyenv shim on PATH may be another Python).</summary>
    public const string Python = "/usr/bin/python3";

    public DaskFactAttribute([System.Runtime.CompilerServices.CallerMemberName] string test = "")
        : base(test)
    {
        if (!Installed && Environment.GetEnvironmentVariable("CI") != "true")
            SkipBecause($"python3-distributed is not installed for {Python} (.ci/run installs it: apt-get install python3-distributed)");
    }

    /// <summary>Whether Debian's python3-distributed is there (its package folder; no process is started to find out).</summary>
    public static bool Installed => File.Exists(Python) && Directory.Exists("/usr/lib/python3/dist-packages/distributed");
}
