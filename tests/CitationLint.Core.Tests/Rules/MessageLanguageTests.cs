using System.Globalization;
using System.Resources;
using System.Text;
using System.Text.RegularExpressions;
using CitationLint.Configuration;
using CitationLint.Documents;
using CitationLint.Rules;
using CitationLint.Statutes.Table;
using CitationLint.Tests.Golden;

namespace CitationLint.Core.Tests.Rules;

/// <summary>
/// Messages in English and Chinese (issue 16): every rule fixture's findings in both languages against a golden file,
/// every text translated with the placeholders it needs, and the language names hosts accept.
/// </summary>
public sealed partial class MessageLanguageTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 1);

    [Fact]
    public void EveryRuleFixture_ReadsTheSame_InEnglishAndInChinese()
    {
        var english = new CitationChecker(StatuteTable.Default, () => QuoteIndex.Default, AsOf);
        var chinese = new CitationChecker(StatuteTable.Default, () => QuoteIndex.Default, AsOf, CultureInfo.GetCultureInfo("zh-CN"));
        var rules = Path.Combine(AppContext.BaseDirectory, "Rules");
        var listing = new StringBuilder("# fixture\tid\tline\tEnglish\tChinese\n");
        foreach (var file in Directory.EnumerateFiles(rules, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(rules, file).Replace('\\', '/');
            var (text, _) = RuleFixtureTests.StripMarkup(File.ReadAllText(file));
            var document = DocumentReader.Read(name, text, DocumentFormat.Markdown);
            var inEnglish = english.Check(document).Diagnostics;
            var inChinese = chinese.Check(document).Diagnostics;
            Assert.Equal(inEnglish.Select(d => (d.Id, d.Span)), inChinese.Select(d => (d.Id, d.Span)));
            for (var i = 0; i < inEnglish.Count; i++)
            {
                // The same finding, its English kept for baselines whatever the language shown.
                Assert.Equal(inEnglish[i].Message, inChinese[i].EnglishMessage);
                listing.Append(name).Append('\t').Append(inEnglish[i].Id).Append('\t').Append(document.GetPosition(inEnglish[i].Span.Start).Line)
                    .Append('\t').Append(inEnglish[i].Message).Append('\t').Append(inChinese[i].Message).Append('\n');
            }
        }

        GoldenFile.AssertMatches(Path.Combine(RuleFixtureTests.FindRepositoryRoot(), "tests", "CitationLint.Core.Tests", "Rules", "messages.expected.tsv"), listing.ToString());
    }

    [Fact]
    public void ABaselineWrittenInEnglish_ForgivesTheSameFindingsInChinese()
    {
        const string page = "依据《中华人民共和国民事诉讼法》第二百四十四条的规定，被执行人未按判决指定的期间履行的，应当加倍支付迟延履行期间的债务利息。";
        var document = DocumentReader.Read("a.md", page, DocumentFormat.Markdown);
        var english = new CitationChecker(StatuteTable.Default, () => QuoteIndex.Default, AsOf).Check(document).Diagnostics;
        var chinese = new CitationChecker(StatuteTable.Default, () => QuoteIndex.Default, AsOf, MessageLanguage.Chinese).Check(document).Diagnostics;
        Assert.NotEmpty(english);
        Assert.All(chinese, d => Assert.NotEqual(d.EnglishMessage, d.Message));
        var file = Path.Combine(Path.GetTempPath(), $"citationlint-baseline-{Guid.NewGuid():N}.json");
        try
        {
            Baseline.Write(file, english.Select(d => Baseline.EntryFor("a.md", d, document.GetText(d.Span))));
            var isNew = Baseline.Read(file).NewFilter();
            Assert.All(chinese, d => Assert.False(isNew(Baseline.EntryFor("a.md", d, document.GetText(d.Span))), d.Message));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void EveryText_HasAChineseTranslation_UsingOnlyItsPlaceholders()
    {
        var english = Texts(CultureInfo.InvariantCulture);
        var chinese = Texts(MessageLanguage.Chinese);
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), chinese.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, text) in english)
        {
            // A Chinese message may leave a detail out (CL0003's other versions), never add one; a version is the one
            // piece the languages name differently (the date; the year and 修正/修订).
            Assert.True(key.StartsWith("Version", StringComparison.Ordinal) || Placeholders(chinese[key]).IsSubsetOf(Placeholders(text)), $"{key}: {chinese[key]} has placeholders {text} lacks");
            if (key.EndsWith("_Title", StringComparison.Ordinal) || key.EndsWith("_Description", StringComparison.Ordinal) || key.Contains("_Message", StringComparison.Ordinal))
                Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", chinese[key]);
        }

        foreach (var rule in RuleCatalog.All)
        {
            Assert.NotEqual(rule.TitleIn(CultureInfo.InvariantCulture), rule.TitleIn(MessageLanguage.Chinese));
            Assert.NotEqual(rule.DescriptionIn(CultureInfo.InvariantCulture), rule.DescriptionIn(MessageLanguage.Chinese));
        }
    }

    [Theory]
    [InlineData("zh-CN", true)]
    [InlineData("zh", true)]
    [InlineData("zh-Hans", true)]
    [InlineData("zh-TW", true)] // traditional-script readers get the simplified texts rather than English
    [InlineData("zh_CN.UTF-8", true)] // a POSIX LANG
    [InlineData("en", false)]
    [InlineData("en-US", false)]
    [InlineData("C.UTF-8", false)]
    [InlineData("fr-FR", false)]
    public void CultureOf_ReadsLanguageNames(string name, bool isChinese)
    {
        var culture = MessageLanguage.CultureOf(name);
        Assert.NotNull(culture);
        Assert.Equal(isChinese, MessageLanguage.IsChinese(culture));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void CultureOf_NoName_IsNull(string? name) => Assert.Null(MessageLanguage.CultureOf(name));

    private static Dictionary<string, string> Texts(CultureInfo culture)
    {
        var set = RuleResources.Manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!;
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in set)
            texts[(string)entry.Key] = (string)entry.Value!;
        return texts;
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\{(\d+)[^}]*\}")]
    private static partial Regex Placeholder();
}
