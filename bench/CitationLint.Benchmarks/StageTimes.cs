using System.Diagnostics;
using CitationLint.Documents;
using CitationLint.Statutes.Table;
using CitationLint.Syntax;

namespace CitationLint.Benchmarks;

/// <summary>
/// Where a check's time goes, stage by stage, over a whole corpus in one process and one thread: reading (decode and
/// Markdown), the candidate scan, the grammar (with the scan), resolution (with both) and the rules. Each stage runs
/// over every file, the best of <see cref="Rounds"/> rounds, with the bytes it allocates — steadier than whole-process
/// timings on a noisy machine when comparing two versions of a stage. (The rules' first round fills the caches of
/// closest titles and quote fingerprints, so the best round shows their steady cost, not a single run's.)
/// </summary>
internal static class StageTimes
{
    private const int Rounds = 9;

    public static void Run(string corpus, bool allocations = false)
    {
        var files = Directory.GetFiles(corpus, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        Console.WriteLine($"{files.Length} files in {corpus}, one thread, best of {Rounds} rounds");
        var documents = files.Select(file => DocumentReader.ReadFile(file)).ToArray();
        var checker = new CitationChecker(StatuteTable.Default, () => QuoteIndex.Default, new DateOnly(2026, 11, 30));
        var analyses = documents.Select(checker.Analyze).ToArray();
        long found = 0;
        if (allocations)
        {
            using var sampler = new AllocationSampler();
            sampler.Report("read", () => { foreach (var file in files) found += DocumentReader.ReadFile(file).Prose.Length; });
            sampler.Report("scan+grammar", () => { foreach (var document in documents) found += CitationFinder.Find(document.Prose).Count; });
            sampler.Report("+resolution", () => { foreach (var document in documents) found += checker.Analyze(document).References.Count; });
            sampler.Report("rules", () => { foreach (var analysis in analyses) found += checker.Check(analysis).Diagnostics.Count; });
            return;
        }

        Time("read", () => { foreach (var file in files) found += DocumentReader.ReadFile(file).Prose.Length; });
        Time("scan", () => { foreach (var document in documents) found += CandidateScanner.Scan(document.Prose).Count; });
        Time("scan+grammar", () => { foreach (var document in documents) found += CitationFinder.Find(document.Prose).Count; });
        Time("+resolution", () => { foreach (var document in documents) found += checker.Analyze(document).References.Count; });
        Time("rules", () => { foreach (var analysis in analyses) found += checker.Check(analysis).Diagnostics.Count; });
        Console.WriteLine($"{documents.Sum(d => (long)d.Prose.Length):N0} characters, {analyses.Sum(a => (long)a.Citations.Count):N0} citations ({found % 2})");
    }

    private static void Time(string stage, Action run)
    {
        run();
        var before = GC.GetAllocatedBytesForCurrentThread();
        run();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var best = double.MaxValue;
        for (var round = 0; round < Rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            run();
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"{stage,-14} {best,8:F1} ms {allocated / 1e6,8:F1} MB allocated");
    }
}
