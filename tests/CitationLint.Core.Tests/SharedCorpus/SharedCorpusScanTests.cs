using System.Collections.Concurrent;
using CitationLint.Documents;
using CitationLint.Syntax;

namespace CitationLint.Core.Tests.SharedCorpus;

public sealed class SharedCorpusScanTests
{
    /// <summary>
    /// The candidate scan must never lose a citation: over every statute source and seed article, running the
    /// grammar at every position finds exactly the citations the scan-driven search finds.
    /// </summary>
    [SharedCorpusFact]
    [Trait("Category", "Exhaustive")]
    public void SharedCorpus_CandidateScan_FindsWhatTheGrammarFindsAtEveryPosition()
    {
        var files = Directory.EnumerateFiles(SharedCorpus.StatuteSources, "*.md", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(SharedCorpus.Seeds))
            .ToList();
        var mismatches = new ConcurrentBag<string>();
        var citations = 0;
        Parallel.ForEach(files, file =>
        {
            var document = DocumentReader.Read(file, File.ReadAllText(file), DocumentReader.FormatOf(file) ?? DocumentFormat.PlainText);
            var scanned = CitationFinder.Find(document.Prose);
            var everywhere = CitationFinder.FindAtEveryPosition(document.Prose);
            Interlocked.Add(ref citations, scanned.Count);
            var lost = everywhere.Select(c => c.Span).Except(scanned.Select(c => c.Span)).ToList();
            var extra = scanned.Select(c => c.Span).Except(everywhere.Select(c => c.Span)).ToList();
            foreach (var span in lost)
                mismatches.Add($"{file}: scan lost {document.GetText(span)} at {span.Start}");
            foreach (var span in extra)
                mismatches.Add($"{file}: scan found {document.GetText(span)} at {span.Start}, the full search did not");
        });

        Assert.True(files.Count > 1000, $"expected the whole statute source folder, found {files.Count} files");
        Assert.True(citations > 10000, $"expected many citations in the statute sources, found {citations}");
        Assert.True(mismatches.IsEmpty, string.Join("\n", mismatches.Take(30)));
    }

    /// <summary>
    /// The statute sources carry HTML comments (<!-- INFO END -->) on lines of their own: wherever the reader skips
    /// Markdig for them, the prose must be Markdig's.
    /// </summary>
    [SharedCorpusFact]
    public void SharedCorpus_StatuteSources_ReadWithoutMarkdig_GiveMarkdigsProse()
    {
        var files = Directory.EnumerateFiles(SharedCorpus.StatuteSources, "*.md", SearchOption.AllDirectories).ToList();
        var mismatches = new ConcurrentBag<string>();
        var answered = 0;
        Parallel.ForEach(files, file =>
        {
            var text = File.ReadAllText(file);
            if (!MarkdownProse.TryReadWithoutMarkup(text, out var prose))
                return;
            Interlocked.Increment(ref answered);
            if (MarkdownProse.ReadWithMarkdig(text).Prose != prose)
                mismatches.Add(file);
        });

        Assert.True(answered > 500, $"expected most statute sources to need no Markdig, found {answered} of {files.Count}");
        Assert.True(mismatches.IsEmpty, string.Join("\n", mismatches.Take(20)));
    }
}
