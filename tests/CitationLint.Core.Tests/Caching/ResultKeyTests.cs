using System.Globalization;
using System.Text;
using CitationLint.Caching;
using CitationLint.Configuration;

namespace CitationLint.Core.Tests.Caching;

/// <summary>
/// A cached result is reused only under the key a fresh check would be made with: each thing that can change a finding
/// changes the key, and nothing else does.
/// </summary>
public sealed class ResultKeyTests : IDisposable
{
    private static readonly DateOnly AsOf = new(2025, 6, 1);
    private readonly string _folder = Directory.CreateTempSubdirectory("citationlint-key-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Key(string path = "docs/a.md", string text = "《民法典》第一千零三十二条", string culture = "en", DateOnly? asOf = null, string? editorConfig = null, string? baseline = null)
    {
        if (editorConfig is not null)
            File.WriteAllText(Path.Combine(_folder, ".editorconfig"), "root = true\n\n" + editorConfig);
        var recorded = Baseline.Empty;
        if (baseline is not null)
        {
            var file = Path.Combine(_folder, "baseline.json");
            File.WriteAllText(file, baseline);
            recorded = Baseline.Read(file);
        }

        var full = Path.Combine(_folder, path);
        var severities = new EditorConfigSeverities().ForFile(full);
        return ResultKey.ForFile(ResultKey.ForRun(asOf ?? AsOf, CultureInfo.GetCultureInfo(culture)), full, Encoding.UTF8.GetBytes(text), severities, recorded);
    }

    [Fact]
    public void TheSameInputs_GiveTheSameKey() => Assert.Equal(Key(), Key());

    // What changes, whether it can change a finding (and so must change the key), and the key with it.
    public static TheoryData<string, bool, Func<ResultKeyTests, string>> Changes => new()
    {
        { "another byte", true, t => t.Key(text: "《民法典》第一千零三十三条") },
        { "another path", true, t => t.Key(path: "docs/b.md") },
        { "another format (.txt)", true, t => t.Key(path: "docs/a.txt") },
        { "Chinese messages", true, t => t.Key(culture: "zh-CN") },
        { "another day", true, t => t.Key(asOf: AsOf.AddDays(1)) },
        { "a severity for the file", true, t => t.Key(editorConfig: "[*.md]\ndotnet_diagnostic.CL0004.severity = error\n") },
        { "a baseline entry for the file", true, t => t.Key(baseline: "[{\"Path\":\"docs/a.md\",\"Id\":\"CL0004\",\"Text\":\"x\",\"Message\":\"m\"}]") },
        { "a severity for other files", false, t => t.Key(editorConfig: "[*.txt]\ndotnet_diagnostic.CL0004.severity = error\n") },
        { "a setting that is no severity", false, t => t.Key(editorConfig: "[*]\ncharset = utf-8\n") },
        { "a baseline entry for another file", false, t => t.Key(baseline: "[{\"Path\":\"docs/b.md\",\"Id\":\"CL0004\",\"Text\":\"x\",\"Message\":\"m\"}]") },
        { "another English culture", false, t => t.Key(culture: "en-GB") },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void WhatCanChangeAFinding_ChangesTheKey_AndNothingElseDoes(string change, bool changesFindings, Func<ResultKeyTests, string> key) =>
        Assert.True(changesFindings == (Key() != key(this)), change);

    [Theory]
    [InlineData("")]
    [InlineData("citationlint-result 1 00\n{}")]
    [InlineData("citationlint-result 2 ")]
    public void ABrokenSeal_IsNotOpened(string content) => Assert.False(CacheEnvelope.TryOpen(content, ResultCache.Format, out _));

    [Fact]
    public void AnIntactSeal_Opens()
    {
        Assert.True(CacheEnvelope.TryOpen(CacheEnvelope.Seal(ResultCache.Format, "{\"a\":\"隐私\"}"), ResultCache.Format, out var body));
        Assert.Equal("{\"a\":\"隐私\"}", body);
    }
}
