using System.Text;

namespace CitationLint.Cli.Tests;

/// <summary>`check --fix`: only unambiguous fixes, atomic writes that keep encoding and line endings, idempotent.</summary>
public sealed class FixTests : IDisposable
{
    private const string Article =
        "《治安管理处罚法》第四十二条：“多次发送淫秽、侮辱、恐吓或者其他信息，干扰他人正常生活的”。\n"
        + "依照民诉法第一百一十九条起诉。\n"
        + "《中华人民共和国民法典》第六百七十五条规定：“借款人应当按照约定的期限支付利息。”\n"
        + "《民法典》第一千二百六十一条并不存在。\n";

    private const string Fixed =
        "《治安管理处罚法》第五十条：“多次发送淫秽、侮辱、恐吓或者其他信息，干扰他人正常生活的”。\n"
        + "依照民事诉讼法第一百一十九条起诉。\n"
        + "《中华人民共和国民法典》第六百七十四条规定：“借款人应当按照约定的期限支付利息。”\n"
        + "《民法典》第一千二百六十一条并不存在。\n";

    private readonly string _temp = Directory.CreateTempSubdirectory("citationlint-fix-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private (int ExitCode, string Output, string Errors) Check(params string[] arguments) =>
        CitationLintProcess.Run(_temp, ["check", "--as-of", "2026-11-30", .. arguments]);

    [Fact]
    public void Fix_AppliesTheUnambiguousFixes_AndASecondRunChangesNothing()
    {
        var file = Path.Combine(_temp, "a.md");
        File.WriteAllText(file, Article);
        var (exitCode, output, errors) = Check("--fix", "a.md");
        Assert.Equal(Fixed, File.ReadAllText(file));
        Assert.Contains("citationlint: fixed 3 findings in a.md", errors, StringComparison.Ordinal);
        Assert.Equal(1, exitCode); // CL0002 has no fix and is still reported
        Assert.Contains("error CL0002", output, StringComparison.Ordinal);

        var (_, _, againErrors) = Check("--fix", "a.md");
        Assert.DoesNotContain("fixed", againErrors, StringComparison.Ordinal);
        Assert.Equal(Fixed, File.ReadAllText(file));
    }

    [Fact]
    public void Fix_KeepsTheBom_AndCrlfLineEndings()
    {
        var file = Path.Combine(_temp, "crlf.txt");
        File.WriteAllBytes(file, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Article.Replace("\n", "\r\n", StringComparison.Ordinal))]);
        Check("--fix", "crlf.txt");
        var bytes = File.ReadAllBytes(file);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal(Fixed.Replace("\n", "\r\n", StringComparison.Ordinal), Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void Fix_DryRun_PrintsAUnifiedDiff_AndWritesNothing()
    {
        var file = Path.Combine(_temp, "a.md");
        File.WriteAllText(file, Article);
        var (exitCode, output, _) = Check("--fix", "--dry-run", "a.md");
        Assert.Equal(1, exitCode); // CL0002 (第一千二百六十一条) has no fix: it would remain
        Assert.Equal(Article, File.ReadAllText(file));
        Assert.StartsWith("--- a/a.md\n+++ b/a.md\n@@ -1,5 +1,5 @@\n", output, StringComparison.Ordinal);
        Assert.Contains("\n-依照民诉法第一百一十九条起诉。\n+依照民事诉讼法第一百一十九条起诉。\n", output, StringComparison.Ordinal);
        // After the diff, what the fixes would leave, as check prints it.
        Assert.EndsWith(
            "\na.md(4,1,4,15): error CL0002: 《中华人民共和国民法典》 (2020-05-28 version) has no 第一千二百六十一条\n"
            + "1 file checked: 4 citations, 1 error, 0 warnings, 0 suggestions.\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain("CL0004", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_DryRun_UnfixableErrorOnly_PrintsTheFinding_AndExits1()
    {
        File.WriteAllText(Path.Combine(_temp, "a.md"), "《民法典》第一千三百条规定了什么？\n");
        var (exitCode, output, errors) = Check("--fix", "--dry-run", "a.md");
        Assert.Equal(1, exitCode);
        Assert.Equal("", errors);
        Assert.StartsWith("a.md(1,1,1,12): error CL0002: 《中华人民共和国民法典》 (2020-05-28 version) has no 第一千三百条\n", output, StringComparison.Ordinal);
        Assert.EndsWith("1 file checked: 1 citation, 1 error, 0 warnings, 0 suggestions.\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_DryRun_AllFixable_Exits0()
    {
        File.WriteAllText(Path.Combine(_temp, "a.md"), "依照民诉法第一百一十九条起诉。\n");
        var (exitCode, output, _) = Check("--fix", "--dry-run", "a.md");
        Assert.Equal(0, exitCode);
        Assert.StartsWith("--- a/a.md\n+++ b/a.md\n", output, StringComparison.Ordinal);
        Assert.EndsWith("1 file checked: 1 citation, 0 errors, 0 warnings, 0 suggestions.\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_ReadOnlyFile_IsAClearError_AndTheRunGoesOn()
    {
        var locked = Path.Combine(_temp, "a-locked.md");
        var open = Path.Combine(_temp, "b-open.md");
        File.WriteAllText(locked, Article);
        File.WriteAllText(open, Article);
        File.SetAttributes(locked, FileAttributes.ReadOnly);
        try
        {
            var (exitCode, _, errors) = Check("--fix", ".");
            Assert.Equal(2, exitCode);
            Assert.Contains("./a-locked.md: the file is read-only; not fixed", errors, StringComparison.Ordinal);
            Assert.Equal(Article, File.ReadAllText(locked));
            Assert.Equal(Fixed, File.ReadAllText(open));
        }
        finally
        {
            File.SetAttributes(locked, FileAttributes.Normal);
        }
    }

    [Fact]
    public void DryRun_WithoutFix_IsAUsageError() => Assert.Equal(2, Check("--dry-run", ".").ExitCode);
}

/// <summary>The acceptance check of --fix on a copy of the seed articles (../shared).</summary>
public sealed class SeedFixTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("citationlint-seedfix-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [SkippableSharedFact]
    public void SharedSeeds_Fix_ChangesExactlyTheFixableFindings_AndASecondRunNothing()
    {
        var seeds = Path.Combine(CitationLintProcess.RepositoryRoot, "..", "shared", "corpus", "seeds");
        foreach (var seed in Directory.GetFiles(seeds))
        {
            var copy = Path.Combine(_temp, Path.GetFileName(seed));
            File.Copy(seed, copy);
            File.SetAttributes(copy, FileAttributes.Normal);
        }

        var (_, before, _) = CitationLintProcess.Run(_temp, "check", "--format", "json", "--as-of", "2026-11-30", ".");
        var fixable = System.Text.Json.JsonDocument.Parse(before).RootElement.GetProperty("files").EnumerateArray()
            .SelectMany(f => f.GetProperty("diagnostics").EnumerateArray()
                .Where(d => d.GetProperty("fix").ValueKind == System.Text.Json.JsonValueKind.Object && d.GetProperty("id").GetString() is "CL0003" or "CL0004" or "CL0008")
                .Select(d => (File: f.GetProperty("path").GetString()!, Line: d.GetProperty("fix").GetProperty("line").GetInt32(), Replacement: d.GetProperty("fix").GetProperty("replacement").GetString()!)))
            .ToList();
        Assert.Equal(7, fixable.Count); // 243→255, 5→3, 675→674, and 治安 42→50 four times

        var (_, _, errors) = CitationLintProcess.Run(_temp, "check", "--fix", "--as-of", "2026-11-30", ".");
        Assert.Contains("citationlint: fixed", errors, StringComparison.Ordinal);
        var changedLines = 0;
        foreach (var seed in Directory.GetFiles(seeds))
        {
            var original = File.ReadAllLines(seed);
            var fixedLines = File.ReadAllLines(Path.Combine(_temp, Path.GetFileName(seed)));
            Assert.Equal(original.Length, fixedLines.Length);
            for (var i = 0; i < original.Length; i++)
            {
                if (original[i] == fixedLines[i])
                    continue;
                changedLines++;
                var fixes = fixable.Where(f => f.File.EndsWith(Path.GetFileName(seed), StringComparison.Ordinal) && f.Line == i + 1).ToList();
                Assert.NotEmpty(fixes);
                Assert.All(fixes, f => Assert.Contains(f.Replacement, fixedLines[i], StringComparison.Ordinal));
            }
        }

        Assert.Equal(fixable.Select(f => (f.File, f.Line)).Distinct().Count(), changedLines);
        var snapshot = Directory.GetFiles(_temp).ToDictionary(f => f, File.ReadAllText);
        var (_, _, secondErrors) = CitationLintProcess.Run(_temp, "check", "--fix", "--as-of", "2026-11-30", ".");
        Assert.DoesNotContain("fixed", secondErrors, StringComparison.Ordinal);
        Assert.All(snapshot, kv => Assert.Equal(kv.Value, File.ReadAllText(kv.Key)));
    }
}
