using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CitationLint.Tests.Golden;

namespace CitationLint.Cli.Tests;

/// <summary>The output formats, against goldens, and SARIF against Microsoft's SARIF Multitool.</summary>
public sealed class OutputFormatTests
{
    private const string AsOf = "2026-11-30";

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
        GoldenFile.AssertMatches(Golden(golden), output);
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
            GoldenFile.AssertMatches(Golden("Seeds", golden), format == "json" ? RedactQuotes(output) : output);
        }
    }

    [Fact]
    public void Sarif_OfTheSamples_PassesTheSarifMultitool() => AssertValidSarif("samples");

    [SkippableSharedFact]
    public void SharedSeeds_Sarif_PassesTheSarifMultitool() => AssertValidSarif(Shared!);

    [Fact]
    public void GitHub_EscapesProperties()
    {
        var (_, output, _) = CitationLintProcess.Run(CitationLintProcess.RepositoryRoot, "check", "--format", "github", "--as-of", AsOf, "samples");
        Assert.Contains("::error file=samples/民间借贷利息.md,line=12,col=3,endLine=12,endColumn=22,title=CL0003 quote-mismatch::", output, StringComparison.Ordinal);
    }

    private static void AssertValidSarif(string path)
    {
        var tool = Path.Combine(CitationLintProcess.RepositoryRoot, "tools", "sarif", "node_modules", ".bin", "sarif-multitool");
        if (!File.Exists(tool))
        {
            Assert.True(Environment.GetEnvironmentVariable("CI") != "true", "CI must install the SARIF Multitool (.ci/run: npm ci --prefix tools/sarif)");
            return; // on a developer machine without it: `npm ci --prefix tools/sarif` enables this check
        }

        var (_, sarif, _) = CitationLintProcess.Run(CitationLintProcess.RepositoryRoot, "check", "--format", "sarif", "--as-of", AsOf, path);
        var file = Path.Combine(Path.GetTempPath(), $"citationlint-{Guid.NewGuid():N}.sarif");
        File.WriteAllText(file, sarif);
        try
        {
            var (exitCode, output, errors) = Tools.Run(tool, "validate", file);
            Assert.True(exitCode == 0, output + errors);
            Assert.DoesNotMatch(@"(?m)\): (error|warning) ", output);
            Assert.Contains("Analysis completed successfully", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
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

        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }
}

/// <summary>A fact that reads ../shared (the seed articles): skipped, with the reason shown, where it is absent.</summary>
internal sealed class SkippableSharedFactAttribute : FactAttribute
{
    public SkippableSharedFactAttribute()
    {
        if (!Directory.Exists(Path.Combine(CitationLintProcess.RepositoryRoot, "..", "shared", "corpus", "seeds")))
            Skip = "../shared (the seed articles) is not next to this clone; this test reads it.";
    }
}
