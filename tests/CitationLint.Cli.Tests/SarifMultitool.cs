namespace CitationLint.Cli.Tests;

/// <summary>
/// Microsoft's SARIF Multitool (tools/sarif; .ci/run installs it with <c>npm ci --prefix tools/sarif</c>), which
/// validates SARIF as GitHub code scanning reads it. Shared by the CLI and MSBuild tests.
/// </summary>
internal static class SarifMultitool
{
    private static string Program =>
        Path.Combine(CitationLintProcess.RepositoryRoot, "tools", "sarif", "node_modules", ".bin", "sarif-multitool");

    /// <summary>Whether it is installed: CI must have it; a developer machine without it skips the check.</summary>
    public static bool IsInstalled
    {
        get
        {
            if (File.Exists(Program))
                return true;
            Assert.True(Environment.GetEnvironmentVariable("CI") != "true", "CI must install the SARIF Multitool (.ci/run: npm ci --prefix tools/sarif)");
            return false; // `npm ci --prefix tools/sarif` enables the check
        }
    }

    /// <summary>Validates a SARIF file: no error and no warning.</summary>
    public static void AssertValid(string sarifFile)
    {
        var (exitCode, output, errors) = Tools.Run(Program, "validate", sarifFile);
        Assert.True(exitCode == 0, output + errors);
        Assert.DoesNotMatch(@"(?m)\): (error|warning) ", output);
        Assert.Contains("Analysis completed successfully", output, StringComparison.Ordinal);
    }

    /// <summary>Validates SARIF text (written to a temporary file for the tool).</summary>
    public static void AssertValidText(string sarif)
    {
        var file = Path.Combine(Path.GetTempPath(), $"citationlint-{Guid.NewGuid():N}.sarif");
        File.WriteAllText(file, sarif);
        try
        {
            AssertValid(file);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
