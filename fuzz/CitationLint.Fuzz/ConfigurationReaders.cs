using CitationLint.Caching;
using CitationLint.Configuration;
using CitationLint.MSBuild;
using CitationLint.Rules;

namespace CitationLint.Fuzz;

/// <summary>
/// The configuration readers as fuzz targets (issue 18): an .editorconfig, a baseline and the MSBuild task's cache,
/// each written to a file of its own and read as the tools read them. What they may answer bad input with is a
/// warning, a problem, a <see cref="FormatException"/> naming the file (a baseline) or an empty cache; anything else
/// escaping is a crash.
/// </summary>
internal static class ConfigurationReaders
{
    private static readonly string Folder = Directory.CreateTempSubdirectory("citationlint-fuzz-").FullName;

    public static Action<byte[]> Target(string name) => name switch
    {
        "editorconfig" => EditorConfig,
        "baseline" => Baseline,
        _ => Cache,
    };

    private static void EditorConfig(byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(Folder, ".editorconfig"), bytes);
        var severities = new EditorConfigSeverities().ForFile(Path.Combine(Folder, "docs", "a.md"));
        foreach (var rule in RuleCatalog.All)
            _ = severities.SeverityFor(rule);
    }

    private static void Baseline(byte[] bytes)
    {
        var file = Path.Combine(Folder, "baseline.json");
        File.WriteAllBytes(file, bytes);
        try
        {
            var isNew = Configuration.Baseline.Read(file).NewFilter();
            _ = isNew(new Configuration.Baseline.Entry("a.md", "CL0004", "第四十二条", "m"));
        }
        catch (FormatException e) when (e.Message.StartsWith(file, StringComparison.Ordinal))
        {
            // The answer to a file that is no baseline.
        }
    }

    // The fuzzed bytes are the cache's JSON under a header whose hash matches them: a hash the fuzzer would have to
    // forge would stop it at the first check, and the entries' validation is what must hold. The same bytes are then
    // read as an entry of the CLI's result cache (check --cache), sealed the same way.
    private static void Cache(byte[] bytes)
    {
        var file = Path.Combine(Folder, "citationlint.cache.json");
        var json = System.Text.Encoding.UTF8.GetString(bytes);
        File.WriteAllText(file, CacheEnvelope.Seal("citationlint-cache 2", json));
        if (LintCache.Read(file, "run").TryGet("/repo/a.md", "key", out var entries, out _))
        {
            foreach (var entry in entries)
                _ = RuleCatalog.Find(entry.Id) ?? throw new InvalidOperationException("the cache gave a finding of no rule");
        }

        const string key = "00112233445566778899AABBCCDDEEFF";
        Directory.CreateDirectory(Path.Combine(Folder, "results", "00"));
        File.WriteAllText(Path.Combine(Folder, "results", "00", key + ".json"), CacheEnvelope.Seal(ResultCache.Format, json));
        if (new ResultCache(Path.Combine(Folder, "results")).TryGet(key, "a.md", out var report))
        {
            foreach (var diagnostic in report.Diagnostics)
                _ = RuleCatalog.Find(diagnostic.Id) ?? throw new InvalidOperationException("the result cache gave a finding of no rule");
        }
    }
}
