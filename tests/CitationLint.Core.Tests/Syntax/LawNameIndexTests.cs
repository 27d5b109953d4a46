using CitationLint.Syntax;

namespace CitationLint.Core.Tests.Syntax;

/// <summary>
/// The law-name dictionary turns most positions away by their first two or three characters before it walks its trie.
/// The filters may let a position through falsely, never turn a name away: at every position, the longest match must
/// be what a plain comparison with every name gives.
/// </summary>
public sealed class LawNameIndexTests
{
    [Fact]
    public void BundledDictionary_OverTheCivilCode_FindsTheLongestNameAtEveryPosition()
    {
        var names = BundledNames();
        var text = File.ReadAllText(Directory.GetFiles(Path.Combine(SharedCorpus.SharedCorpus.BundledLaws, "民法典"), "*.md")[0]);
        // The Civil Code names few other laws: add every name once, between ordinary words, at the end too.
        text += string.Join("，依照", names) + "的规定" + names[^1];

        var index = LawNameIndex.Default;
        // The plain comparison, with only the names that start with the character there (2,000 names at each of a
        // million positions took 12–50 s of the suite; this proves the same in well under one).
        var byFirstCharacter = names.ToLookup(name => name[0]);
        var found = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var expected = LongestByComparison(byFirstCharacter[text[i]], text, i);
            Assert.True(expected == index.LongestMatch(text, i), $"at {i} ({text.Substring(i, Math.Min(12, text.Length - i))}): expected {expected}");
            Assert.True(expected == 0 || index.MayStartAt(text, i), $"at {i}: a name turned away by the filter");
            found += expected > 0 ? 1 : 0;
        }

        Assert.True(found >= names.Length, $"expected every name at least once, found {found} matches");
    }

    // The dictionary compiled at build time (law-names.clt) gives every name the title one built from the TSV gives.
    [Fact]
    public void CompiledDictionary_GivesEachNameTheTitleOfTheTsv()
    {
        using var reader = new StreamReader(Path.Combine(SharedCorpus.SharedCorpus.RepositoryRoot, "statutes", "law-names.tsv"));
        var names = LawNameIndex.ReadNames(reader);
        var built = new LawNameIndex(names);
        Assert.Equal(built.Count, LawNameIndex.Default.Count);
        foreach (var (name, _) in names)
        {
            Assert.Equal(built.OfficialTitle(name), LawNameIndex.Default.OfficialTitle(name));
            Assert.Equal(built.OfficialTitle(name.AsSpan(0, name.Length - 1)), LawNameIndex.Default.OfficialTitle(name.AsSpan(0, name.Length - 1)));
        }
    }

    [Theory]
    [InlineData("宪法", "依照宪法", 2, 2)]     // a two-character name: the pair alone decides
    [InlineData("宪法", "宪", 0, 0)]           // the last character of a text
    [InlineData("法", "依照法律", 2, 1)]        // a one-character name: no pair to test
    [InlineData("民法典", "民法通则", 0, 0)]
    [InlineData("民法典", "中华人民法典", 3, 3)]
    public void SmallDictionaries_MatchAtTheEdges(string name, string text, int position, int expected)
    {
        var index = new LawNameIndex([new(name, "标题")]);
        Assert.Equal(expected, index.LongestMatch(text, position));
    }

    private static string[] BundledNames() =>
        File.ReadLines(Path.Combine(SharedCorpus.SharedCorpus.RepositoryRoot, "statutes", "law-names.tsv"))
            .Where(line => line.Length > 0 && line[0] != '#' && line.Contains('\t', StringComparison.Ordinal))
            .Select(line => line[..line.IndexOf('\t', StringComparison.Ordinal)])
            .ToArray();

    private static int LongestByComparison(IEnumerable<string> names, string text, int position)
    {
        var longest = 0;
        foreach (var name in names)
        {
            if (name.Length > longest && string.CompareOrdinal(text, position, name, 0, name.Length) == 0 && position + name.Length <= text.Length)
                longest = name.Length;
        }

        return longest;
    }
}
