using System.Collections.Concurrent;
using CitationLint.Core.Tests.SharedCorpus;
using CitationLint.Syntax;

namespace CitationLint.Core.Tests.Syntax;

/// <summary>
/// The grammar reads a lone 第…条 in one pass instead of through its general forms. Over every statute text of the
/// bundled table (statutes/laws — article headings and the laws' citations of each other), the full grammar and the
/// general forms alone must give the same result, with the same remainder, at every candidate position.
/// </summary>
public sealed class LoneArticleShortcutTests
{
    [Fact]
    public void EveryCandidateOfTheBundledStatuteTexts_ParsesAsTheGeneralFormsParseIt()
    {
        var files = SharedCorpus.SharedCorpus.BundledStatuteTexts();
        var mismatches = new ConcurrentBag<string>();
        var shortcuts = 0;
        Parallel.ForEach(files, file =>
        {
            var text = File.ReadAllText(file);
            foreach (var position in CandidateScanner.Scan(text))
            {
                var end = Math.Min(text.Length, position + CitationGrammar.MaxCitationLength);
                var full = Describe(CitationGrammar.Citation(new CandidateInput(text, position, end)));
                var general = Describe(CitationGrammar.GeneralCitation(new CandidateInput(text, position, end)));
                if (full != general)
                    mismatches.Add($"{file} at {position} ({text.Substring(position, Math.Min(20, text.Length - position))}): {full} / general forms: {general}");
                else if (full.Length > 0 && text[position] == '第')
                    Interlocked.Increment(ref shortcuts);
            }
        });

        Assert.True(files.Length > 1000, $"expected the bundled statute texts, found {files.Length} files");
        Assert.True(shortcuts > 50000, $"expected tens of thousands of 第…条 citations, found {shortcuts}");
        Assert.True(mismatches.IsEmpty, string.Join("\n", mismatches.Take(20)));
    }

    // Inside citations (本法第三条, 《民法典》第三条, 民法典第三条) the article list takes the same shortcut, tried before
    // the general list: wherever it succeeds, at every 第 of the bundled statute texts, both general lists must
    // read the same articles to the same place.
    [Fact]
    public void EveryDiOfTheBundledStatuteTexts_ReadsAsTheGeneralArticleListsReadIt()
    {
        var files = SharedCorpus.SharedCorpus.BundledStatuteTexts();
        var mismatches = new ConcurrentBag<string>();
        var shortcuts = 0;
        Parallel.ForEach(files, file =>
        {
            var text = File.ReadAllText(file);
            for (var position = text.IndexOf('第', StringComparison.Ordinal); position >= 0; position = text.IndexOf('第', position + 1))
            {
                var end = Math.Min(text.Length, position + CitationGrammar.MaxCitationLength);
                var lone = CitationGrammar.LoneArticleList(new CandidateInput(text, position, end));
                if (!lone.WasSuccessful)
                    continue;
                Interlocked.Increment(ref shortcuts);
                var expected = DescribeList(lone);
                var general = DescribeList(CitationGrammar.GeneralArticleList(new CandidateInput(text, position, end)));
                var afterName = DescribeList(CitationGrammar.GeneralArticleListAfterName(new CandidateInput(text, position, end)));
                if (general != expected || afterName != expected)
                    mismatches.Add($"{file} at {position} ({text.Substring(position, Math.Min(20, text.Length - position))}): {expected} / {general} / {afterName}");
            }
        });

        Assert.True(shortcuts > 50000, $"expected tens of thousands of lone 第…条, found {shortcuts}");
        Assert.True(mismatches.IsEmpty, string.Join("\n", mismatches.Take(20)));
    }

    [Theory]
    [InlineData("本法第五百一十条规定", "本法第五百一十条")]
    [InlineData("《民法典》第1032条。", "《民法典》第1032条")]
    [InlineData("民法典第一千零三十二条，", "民法典第一千零三十二条")]
    [InlineData("本法第三条第二款", "本法第三条第二款")]
    [InlineData("本法第三条、第四条", "本法第三条、第四条")]
    [InlineData("《刑法》第二百九十三条之一", "《刑法》第二百九十三条之一")]
    [InlineData("民法典一千零三十二条", "民法典一千零三十二条")]
    public void NamedAndRelativeCitations_ReadTheirWholeArticleList(string text, string expected)
    {
        Assert.True(CitationGrammar.TryParse(text, 0, out var citation));
        Assert.Equal(expected, text[citation!.Span.Start..citation.Span.End]);
    }

    [Theory]
    [InlineData("第三条规定", "第三条")]
    [InlineData("第 1032 条。", "第 1032 条")]
    [InlineData("第三条　为了保护", "第三条")]
    [InlineData("第三条第二款", "第三条第二款")]
    [InlineData("第三条、第四条", "第三条、第四条")]
    [InlineData("第三条至第五条", "第三条至第五条")]
    [InlineData("第二百九十三条之一", "第二百九十三条之一")]
    [InlineData("第三、四条", "第三、四条")]
    [InlineData("第三条 第（一）项", "第三条 第（一）项")]
    [InlineData("第1二条", null)]
    [InlineData("第三章", null)]
    public void Citation_AtFirst_ReadsTheWholeCitation(string text, string? expected)
    {
        var found = CitationGrammar.TryParse(text, 0, out var citation);
        Assert.Equal(expected, found ? text[citation!.Span.Start..citation.Span.End] : null);
        Assert.Equal(Describe(CitationGrammar.GeneralCitation(new CandidateInput(text, 0, text.Length))), Describe(CitationGrammar.Citation(new CandidateInput(text, 0, text.Length))));
    }

    private static string Describe(Sprache.IResult<CitationSyntax> result) =>
        result.WasSuccessful
            ? $"{result.Value.Span} {result.Value.Law} [{string.Join("; ", result.Value.Articles)}] to {result.Remainder.Position}"
            : "";

    private static string DescribeList(Sprache.IResult<IReadOnlyList<ArticleReferenceSyntax>> result) =>
        result.WasSuccessful ? $"[{string.Join("; ", result.Value)}] to {result.Remainder.Position}" : "";
}
