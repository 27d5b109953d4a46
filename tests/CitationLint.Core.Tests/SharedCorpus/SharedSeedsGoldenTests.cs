using CitationLint.Documents;
using CitationLint.Tests.Golden;

namespace CitationLint.Core.Tests.SharedCorpus;

/// <summary>The five seed articles (../shared/corpus/seeds): every citation in them, against golden listings.</summary>
public sealed class SharedSeedsGoldenTests
{
    [SharedCorpusFact]
    public void SharedSeeds_CitationsMatchGoldenListings()
    {
        var goldens = Path.Combine(SharedCorpus.RepositoryRoot, "tests", "CitationLint.Core.Tests", "Golden", "Seeds");
        var seeds = Directory.GetFiles(SharedCorpus.Seeds).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(5, seeds.Count);
        // The seeds carry no date: they are judged as of a fixed day, so the goldens do not age.
        var checker = TestPipeline.Checker(new DateOnly(2026, 11, 30));
        foreach (var seed in seeds)
        {
            var analyzed = checker.Analyze(DocumentReader.ReadFile(seed));
            var expected = Path.Combine(goldens, Path.GetFileNameWithoutExtension(seed) + ".expected.tsv");
            GoldenFile.AssertMatches(expected, CitationListing.Format(analyzed));
        }
    }

    [SharedCorpusFact]
    public void SharedSeeds_HoldNineteenArticleCitations_AndTheLawLevelMentions()
    {
        var references = Directory.GetFiles(SharedCorpus.Seeds)
            .SelectMany(seed => TestPipeline.Default.Analyze(DocumentReader.ReadFile(seed)).References)
            .ToList();
        Assert.Equal(19, references.Count(r => r.Article is not null));
        Assert.Contains(references, r => r.Article is null && r.LawName == "贷款逾期催收公约");
        Assert.Contains(references, r => r.Article is null && r.LawName == "互联网金融逾期债务催收自律公约");
        // 本法第五百一十条 inside the quote of 民法典 第六百七十五条 resolves to the quoted law.
        Assert.Contains(references, r => r.Citation.Law?.Name == "本法" && r.LawName == "中华人民共和国民法典" && r.Article?.Number == 510);
    }
}
