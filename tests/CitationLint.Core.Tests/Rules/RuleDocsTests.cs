using CitationLint.Rules;

namespace CitationLint.Core.Tests.Rules;

/// <summary>
/// The Chinese rule pages (issue 16): docs/rules/zh-CN/{Id}.md for every rule, headed like the English page and
/// with the same sections, so that the two stay in step.
/// </summary>
public sealed class RuleDocsTests
{
    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in RuleCatalog.All)
            data.Add(rule.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void EveryRule_HasAChinesePage_InStepWithTheEnglishOne(string id)
    {
        var rule = RuleCatalog.Find(id);
        Assert.NotNull(rule);
        var rules = Path.Combine(RuleFixtureTests.FindRepositoryRoot(), "docs", "rules");
        var english = Path.Combine(rules, id + ".md");
        var chinese = Path.Combine(rules, "zh-CN", id + ".md");
        Assert.True(File.Exists(chinese), $"{id}: no docs/rules/zh-CN/{id}.md");

        var chineseLines = File.ReadAllLines(chinese);
        Assert.Equal($"# {rule.Id}: {rule.Name}", chineseLines.FirstOrDefault());

        var englishLines = File.ReadAllLines(english);
        Assert.True(
            Headings(englishLines, "## ") == Headings(chineseLines, "## "),
            $"{id}: the English page has {Headings(englishLines, "## ")} ## headings, the Chinese one {Headings(chineseLines, "## ")}");
        Assert.True(
            Headings(englishLines, "### ") == Headings(chineseLines, "### "),
            $"{id}: the English page has {Headings(englishLines, "### ")} ### headings, the Chinese one {Headings(chineseLines, "### ")}");
    }

    [Fact]
    public void TheChineseIndex_ListsEveryRule()
    {
        var index = File.ReadAllText(Path.Combine(RuleFixtureTests.FindRepositoryRoot(), "docs", "rules", "zh-CN", "README.md"));
        foreach (var rule in RuleCatalog.All)
            Assert.Contains($"]({rule.Id}.md)", index, StringComparison.Ordinal);
    }

    // Headings outside fenced code blocks: a "## " line inside ```markdown is an example, not a section.
    private static int Headings(IEnumerable<string> lines, string marker)
    {
        var count = 0;
        var fenced = false;
        foreach (var line in lines)
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
                fenced = !fenced;
            else if (!fenced && line.StartsWith(marker, StringComparison.Ordinal))
                count++;
        }

        return count;
    }
}
