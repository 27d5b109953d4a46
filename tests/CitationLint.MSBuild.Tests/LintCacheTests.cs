using CitationLint.Documents;
using CitationLint.Output;
using CitationLint.Rules;

namespace CitationLint.MSBuild.Tests;

/// <summary>The task's cache is untrusted input: anything off and it is rebuilt, so no edit of obj/ can hide a finding.</summary>
public sealed class LintCacheTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("citationlint-cache-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Written()
    {
        var file = Path.Combine(_folder, "citationlint.cache.json");
        var cache = new LintCache("run");
        var span = new ReportedSpan(40, 19, new LinePosition(3, 1), new LinePosition(3, 20));
        cache.Set("/repo/a.md", "key", [new ReportedDiagnostic("CL0003", DiagnosticSeverity.Error, "The quoted text is not 第六百七十五条", span, null)], 0);
        cache.Write(file);
        return file;
    }

    [Fact]
    public void AnIntactCache_GivesItsFindings()
    {
        Assert.True(LintCache.Read(Written(), "run").TryGet("/repo/a.md", "key", out var entries, out _));
        Assert.Equal("CL0003", Assert.Single(entries).Id);
    }

    [Theory]
    [InlineData("\"Severity\":4", "\"Severity\":0")] // an error turned "none": it would vanish and the build pass
    [InlineData("\"Id\":\"CL0003\"", "\"Id\":null")]
    [InlineData("\"Entries\":[", "\"Entries\":null,\"X\":[")]
    public void AnEditedCache_IsRebuilt(string from, string to)
    {
        var file = Written();
        var content = File.ReadAllText(file);
        Assert.Contains(from, content, StringComparison.Ordinal);
        File.WriteAllText(file, content.Replace(from, to, StringComparison.Ordinal));
        Assert.False(LintCache.Read(file, "run").TryGet("/repo/a.md", "key", out _, out _));

        // Even with its hash made to match, an impossible entry is refused.
        var edited = File.ReadAllText(file);
        var json = edited[(edited.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        File.WriteAllText(file, "citationlint-cache 2 " + Hash(json) + "\n" + json);
        Assert.False(LintCache.Read(file, "run").TryGet("/repo/a.md", "key", out _, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"RunKey\":\"run\",\"Files\":null}")]
    [InlineData("citationlint-cache 2 0000\n{}")]
    public void AGarbledCache_IsRebuilt(string content)
    {
        var file = Path.Combine(_folder, "garbled.json");
        File.WriteAllText(file, content);
        Assert.False(LintCache.Read(file, "run").TryGet("/repo/a.md", "key", out _, out _));
    }

    private static string Hash(string text) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..32];
}
