using System.Collections.Concurrent;
using CitationLint.Syntax;

namespace CitationLint.Core.Tests.Syntax;

/// <summary>
/// The candidate scan decides where the grammar runs: it may skip a position only where the grammar would find
/// nothing. Checked against the grammar at every position, over a sample of the bundled statute texts (the whole
/// statute source corpus is checked too, where ../shared is present) and over the words the scan looks past.
/// </summary>
public sealed class CandidateScanTests
{
    [Fact]
    public void SampleOfTheBundledStatuteTexts_ScanFindsWhatTheGrammarFindsAtEveryPosition()
    {
        var files = SharedCorpus.SharedCorpus.BundledStatuteTexts()
            .Where((_, i) => i % 12 == 0)
            .ToList();
        var mismatches = new ConcurrentBag<string>();
        var citations = 0;
        Parallel.ForEach(files, file =>
        {
            var text = File.ReadAllText(file);
            var scanned = CitationFinder.Find(text).Select(c => c.Span).ToList();
            var everywhere = CitationFinder.FindAtEveryPosition(text).Select(c => c.Span).ToList();
            Interlocked.Add(ref citations, scanned.Count);
            foreach (var span in everywhere.Except(scanned))
                mismatches.Add($"{file}: the scan lost {text[span.Start..span.End]} at {span.Start}");
            foreach (var span in scanned.Except(everywhere))
                mismatches.Add($"{file}: the scan found {text[span.Start..span.End]} at {span.Start}, the full search did not");
        });

        Assert.True(files.Count > 100, $"expected a sample of the bundled statute texts, found {files.Count} files");
        Assert.True(citations > 5000, $"expected thousands of citations, found {citations}");
        Assert.True(mismatches.IsEmpty, string.Join("\n", mismatches.Take(20)));
    }

    [Theory]
    [InlineData("本条例自2020年1月1日起施行。\n\n第一条　为了", "第一条")]
    [InlineData("本条例第五条规定", "本条例第五条")]
    [InlineData("依照本法第三章的规定", "")]
    [InlineData("本法第三条、第四条", "本法第三条、第四条")]
    [InlineData("本条第二款", "本条第二款")]
    [InlineData("本条文所称", "")]
    [InlineData("本实施细则第 12 条", "本实施细则第 12 条")]
    [InlineData("该法第（一）项", "第（一）项")]           // 该法 takes an article list; the item alone is bare
    [InlineData("同法第一百条", "同法第一百条")]
    [InlineData("前款规定", "前款")]
    [InlineData("前两款", "前两款")]
    public void WordsTheScanLooksPast_AreReadAsTheGrammarReadsThemEverywhere(string text, string expected)
    {
        var scanned = CitationFinder.Find(text).Select(c => text[c.Span.Start..c.Span.End]);
        var everywhere = CitationFinder.FindAtEveryPosition(text).Select(c => text[c.Span.Start..c.Span.End]);
        Assert.Equal(everywhere, scanned);
        Assert.Equal(expected, string.Join("|", scanned));
    }
}
