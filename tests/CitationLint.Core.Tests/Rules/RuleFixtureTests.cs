using System.Text;
using System.Text.RegularExpressions;
using CitationLint.Documents;
using CitationLint.Rules;
using CitationLint.Syntax;

namespace CitationLint.Core.Tests.Rules;

/// <summary>
/// Rule fixtures: Rules/CLxxxx/*.md mark each expected diagnostic on its exact span with Roslyn's markup,
/// {|CL0003:text|}. The harness strips the markup, runs the whole pipeline (as of 2026-06-01) and compares the
/// diagnostics of the rules the fixture is about — the folder's rule and every rule marked in it.
/// </summary>
public sealed partial class RuleFixtureTests
{
    private static readonly CitationChecker Checker = TestPipeline.Checker(new(2026, 6, 1));

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Rules"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(Path.Combine(AppContext.BaseDirectory, "Rules"), file).Replace('\\', '/'));
        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_ReportsExactlyTheMarkedDiagnostics(string fixture)
    {
        var marked = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Rules", fixture));
        var (text, expected) = StripMarkup(marked);
        var ruleId = fixture.Split('/')[0];
        var ids = expected.Select(e => e.Id).Append(ruleId).ToHashSet();

        var document = DocumentReader.Read(fixture, text, DocumentFormat.Markdown);
        var actual = Checker.Check(document).Diagnostics
            .Where(d => ids.Contains(d.Id))
            .Select(d => (d.Id, d.Span.Start, d.Span.End))
            .ToList();

        string Describe(IEnumerable<(string Id, int Start, int End)> list) =>
            string.Join("\n  ", list.Select(d => $"{d.Id} {text[d.Start..d.End]} [{d.Start}..{d.End})"));
        Assert.True(
            expected.OrderBy(e => e.Start).SequenceEqual(actual.OrderBy(a => a.Start)),
            $"{fixture}\nexpected:\n  {Describe(expected)}\nactual:\n  {Describe(actual)}");
    }

    [Fact]
    public void EveryRule_HasItsDocPage_AndFixtures()
    {
        var root = FindRepositoryRoot();
        foreach (var rule in RuleCatalog.All)
        {
            Assert.True(File.Exists(Path.Combine(root, rule.HelpLink)), $"{rule.Id}: no {rule.HelpLink}");
            Assert.StartsWith($"# {rule.Id}: {rule.Name}", File.ReadAllText(Path.Combine(root, rule.HelpLink)), StringComparison.Ordinal);
            Assert.True(Directory.Exists(Path.Combine(AppContext.BaseDirectory, "Rules", rule.Id)), $"{rule.Id}: no fixture folder Rules/{rule.Id}");
        }
    }

    [Fact]
    public void RuleIds_AreUniqueAndInOrder()
    {
        var ids = RuleCatalog.All.Select(r => r.Id).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    internal static (string Text, List<(string Id, int Start, int End)> Expected) StripMarkup(string marked)
    {
        var text = new StringBuilder();
        var expected = new List<(string Id, int Start, int End)>();
        var position = 0;
        foreach (Match match in Markup().Matches(marked))
        {
            text.Append(marked, position, match.Index - position);
            var start = text.Length;
            text.Append(match.Groups["text"].Value);
            expected.Add((match.Groups["id"].Value, start, text.Length));
            position = match.Index + match.Length;
        }

        text.Append(marked, position, marked.Length - position);
        return (text.ToString(), expected);
    }

    [GeneratedRegex(@"\{\|(?<id>CL\d{4}):(?<text>.*?)\|\}", RegexOptions.Singleline)]
    private static partial Regex Markup();

    internal static string FindRepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CitationLint.sln")))
            folder = folder.Parent;
        return folder!.FullName;
    }
}
