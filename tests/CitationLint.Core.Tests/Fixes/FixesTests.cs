using CitationLint.Documents;
using CitationLint.Fixes;
using CitationLint.Rules;
using CitationLint.Syntax;

namespace CitationLint.Core.Tests.Fixes;

public sealed class FixesTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("citationlint-rewrite-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void FileRewriter_LeavesAFileThatChangedOnDisk()
    {
        var file = Path.Combine(_temp, "a.md");
        File.WriteAllText(file, "旧文本");
        var fingerprint = DocumentReader.Fingerprint(File.ReadAllBytes(file));
        File.WriteAllText(file, "别人刚刚改过");
        Assert.Equal(FileRewriter.Outcome.ChangedOnDisk, FileRewriter.Write(file, "新文本", fingerprint));
        Assert.Equal("别人刚刚改过", File.ReadAllText(file));
        Assert.Single(Directory.GetFiles(_temp)); // no temporary file left behind
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void FileRewriter_WritesInPlace_KeepingPermissions()
    {
        var file = Path.Combine(_temp, "a.md");
        File.WriteAllText(file, "旧文本");
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        Assert.Equal(FileRewriter.Outcome.Written, FileRewriter.Write(file, "新文本", DocumentReader.Fingerprint(File.ReadAllBytes(file))));
        Assert.Equal("新文本", File.ReadAllText(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(file));
        Assert.Single(Directory.GetFiles(_temp));
    }

    [Fact]
    public void FileRewriter_AWriteLandingJustBeforeTheReplace_IsDetected_NotLost()
    {
        // The race of issue 18, made deterministic: another program appends between the check and the write.
        var file = Path.Combine(_temp, "a.md");
        File.WriteAllText(file, "旧文本");
        var fingerprint = DocumentReader.Fingerprint(File.ReadAllBytes(file));
        FileRewriter.BeforeReplace = target =>
        {
            using var other = new FileStream(target, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            other.Write("追加"u8);
        };
        try
        {
            var outcome = FileRewriter.Write(file, "新文本", fingerprint);
            // Under the lock the append either waits (it fails here: the lock is exclusive) or lands and is detected.
            Assert.Equal(FileRewriter.Outcome.ChangedOnDisk, outcome);
            Assert.Equal("旧文本追加", File.ReadAllText(file));
        }
        catch (IOException)
        {
            Assert.Equal("旧文本", File.ReadAllText(file)); // the lock kept the other writer out; nothing written or lost
        }
        finally
        {
            FileRewriter.BeforeReplace = null;
        }

        Assert.Single(Directory.GetFiles(_temp)); // the journal is gone
    }

    [Fact]
    public void FixPlanner_TakesOnlyFixableRules_AndNoOverlaps()
    {
        var diagnostics = new[]
        {
            new Diagnostic(OutdatedNumberRule.Rule, DiagnosticSeverity.Warning, new TextSpan(0, 5), "m", new Fix(new TextSpan(2, 5), "X")),
            new Diagnostic(QuoteMismatchRule.Rule, DiagnosticSeverity.Error, new TextSpan(3, 6), "m", new Fix(new TextSpan(4, 6), "Y")),
            new Diagnostic(NonstandardNameRule.Rule, DiagnosticSeverity.Suggestion, new TextSpan(7, 9), "m", new Fix(new TextSpan(7, 9), "Z")),
            new Diagnostic(NoSuchArticleRule.Rule, DiagnosticSeverity.Error, new TextSpan(9, 10), "m", new Fix(new TextSpan(9, 10), "W")),
        };
        var plan = FixPlanner.Plan(diagnostics);
        Assert.Equal(["X", "Z"], plan.Select(f => f.Replacement));
        Assert.Equal("01X56Z9abc", FixPlanner.Apply("0123456789abc", plan));
    }

    [Fact]
    public void UnifiedDiff_HasHunksWithContext()
    {
        var before = string.Join("\n", Enumerable.Range(1, 20).Select(i => $"line {i}"));
        var after = before.Replace("line 3", "LINE 3", StringComparison.Ordinal).Replace("line 18", "LINE 18", StringComparison.Ordinal);
        var diff = UnifiedDiff.Create("a.md", before, after);
        Assert.StartsWith("--- a/a.md\n+++ b/a.md\n@@ -1,6 +1,6 @@\n line 1\n line 2\n-line 3\n+LINE 3\n line 4\n", diff, StringComparison.Ordinal);
        Assert.Contains("@@ -15,6 +15,6 @@\n line 15\n line 16\n line 17\n-line 18\n+LINE 18\n", diff, StringComparison.Ordinal);
        Assert.Equal("", UnifiedDiff.Create("a.md", before, before));
    }
}
