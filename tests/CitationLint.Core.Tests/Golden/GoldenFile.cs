namespace CitationLint.Tests.Golden;

/// <summary>
/// Compares output with a golden file kept in the source tree. A mismatch writes X.actual.* beside X.expected.*
/// (git-ignored) and fails; goldens change only by an explicit step: CITATIONLINT_UPDATE_GOLDENS=1 dotnet test.
/// </summary>
internal static class GoldenFile
{
    public static void AssertMatches(string expectedPath, string actual)
    {
        actual = actual.ReplaceLineEndings("\n");
        var actualPath = expectedPath.Replace(".expected.", ".actual.", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("CITATIONLINT_UPDATE_GOLDENS") == "1")
        {
            File.WriteAllText(expectedPath, actual);
            File.Delete(actualPath);
            return;
        }

        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath).ReplaceLineEndings("\n") : null;
        if (expected == actual)
        {
            File.Delete(actualPath);
            return;
        }

        File.WriteAllText(actualPath, actual);
        Assert.Fail(expected is null
            ? $"No golden file {expectedPath}; wrote {actualPath}. Review it, then rename it or run with CITATIONLINT_UPDATE_GOLDENS=1."
            : $"Output differs from {expectedPath}; see {actualPath} (diff them; to accept, run with CITATIONLINT_UPDATE_GOLDENS=1).\n{FirstDifference(expected, actual)}");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end>";
            var a = i < actualLines.Length ? actualLines[i] : "<end>";
            if (e != a)
                return $"line {i + 1}:\n  expected: {e}\n  actual:   {a}";
        }

        return "";
    }
}
