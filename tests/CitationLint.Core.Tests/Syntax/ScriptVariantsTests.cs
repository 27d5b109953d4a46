using CitationLint.Core.Tests.SharedCorpus;
using CitationLint.Syntax;

namespace CitationLint.Core.Tests.Syntax;

/// <summary>
/// Traditional → simplified, one character for one (statutes/script-variants.tsv): traditional citations read like
/// simplified ones, positions never move, and simplified text — every bundled statute text — is left alone.
/// </summary>
public sealed class ScriptVariantsTests
{
    // Characters of simplified statute text the table changes anyway, with why they may: folder or file name → the
    // character → how often. The generator's --check prints the same list.
    private static readonly Dictionary<string, Dictionary<char, int>> KnownInSimplifiedText = new(StringComparer.Ordinal)
    {
        // 群諮 for 群众 in the 1984 order: a transcription error in the source, not simplified usage; 諮 is kept in the
        // table because 諮詢 is how traditional pages write 咨询.
        ["国务院关于在我国统一实行法定计量单位的命令"] = new() { ['諮'] = 1 },
    };

    [Theory]
    [InlineData("條", "条")]
    [InlineData("訴訟", "诉讼")]
    [InlineData("關於", "关于")]
    [InlineData("國", "国")]
    [InlineData("賠償", "赔偿")]
    [InlineData("適用", "适用")]
    [InlineData("規定", "规定")]
    [InlineData("解釋", "解释")]
    [InlineData("婦女權益保障法", "妇女权益保障法")]
    [InlineData("廣告法", "广告法")]
    [InlineData("條例", "条例")]
    [InlineData("刑事訴訟法第六十五條", "刑事诉讼法第六十五条")]
    [InlineData("《最高人民法院關於適用〈中華人民共和國民事訴訟法〉的解釋》第一條", "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第一条")]
    [InlineData("國家賠償法第二十六條", "国家赔偿法第二十六条")]
    [InlineData("依《民法典》第1032條規定", "依《民法典》第1032条规定")]           // mixed: only the traditional characters change
    [InlineData("見勞動合同法第 39 條。", "见劳动合同法第 39 条。")]                // ASCII and punctuation stay where they are
    [InlineData("徵收補償條例", "征收补偿条例")]                                   // OpenCC's first candidate: 徵 → 征
    [InlineData("薴烯", "苧烯")]                                                   // 薴's simplified form is 苧, which then stays
    [InlineData("𠀀條𠀀", "𠀀条𠀀")]                                                 // a surrogate pair before and after
    public void ToSimplified_MapsEachTraditionalCharacter_KeepingTheLength(string traditional, string simplified)
    {
        var converted = ScriptVariants.ToSimplified(traditional);

        Assert.Equal(simplified, converted);
        Assert.Equal(traditional.Length, converted.Length);
        Assert.True(ScriptVariants.HasTraditional(traditional.AsSpan()));
        Assert.False(ScriptVariants.HasTraditional(converted.AsSpan()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("根据《民法典》第一千零三十二条规定")]
    [InlineData("《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第一条")]
    [InlineData("see article 12, §3 (2021)")]
    [InlineData("苧麻与干燥")]         // 苧 is standard simplified (苧麻, 苧烯): excluded by the generator's rule
    [InlineData("㗲")]                  // OpenCC's simplified form is outside the BMP: left out, the length would change
    [InlineData("𠁞")]                  // a traditional character outside the BMP: not in the table
    [InlineData("\uD840")]             // a lone surrogate
    public void ToSimplified_ReturnsTextWithoutTraditionalCharacters_AsTheSameInstance(string text)
    {
        Assert.Same(text, ScriptVariants.ToSimplified(text));
        Assert.False(ScriptVariants.HasTraditional(text.AsSpan()));
    }

    [Theory]
    [InlineData('條', '条')]
    [InlineData('於', '于')]
    [InlineData('条', '条')]
    [InlineData('a', 'a')]
    [InlineData('\0', '\0')]
    [InlineData('\uFFFF', '\uFFFF')]
    [InlineData('\uD840', '\uD840')]
    public void ToSimplified_OfOneCharacter(char c, char expected) =>
        Assert.Equal(expected, ScriptVariants.ToSimplified(c));

    [Fact]
    public void ToSimplified_RejectsNull() =>
        Assert.Throws<ArgumentNullException>(() => ScriptVariants.ToSimplified(null!));

    [Fact]
    public void TheCommittedTable_Parses_HasThousandsOfPairs_AndIsWhatTheAssemblyEmbeds()
    {
        var lines = File.ReadAllLines(Path.Combine(SharedCorpus.SharedCorpus.RepositoryRoot, "statutes", "script-variants.tsv"));
        var header = string.Join("\n", lines.TakeWhile(line => line.StartsWith('#')));
        Assert.Contains("opencc@", header, StringComparison.Ordinal);
        Assert.Contains("TSCharacters.txt", header, StringComparison.Ordinal);
        Assert.Contains("Apache-2.0", header, StringComparison.Ordinal);

        var pairs = 0;
        var previous = '\0';
        foreach (var line in lines)
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            Assert.True(line.Length == 3 && line[1] == '\t', $"not one character, a tab and one character: {line}");
            Assert.False(char.IsSurrogate(line[0]) || char.IsSurrogate(line[2]), line);
            Assert.True(line[0] > previous, $"not in ordinal order, or listed twice: {line}");
            Assert.Equal(line[2], ScriptVariants.ToSimplified(line[0]));
            // Applying the table twice gives what applying it once gives: no simplified form is itself rewritten.
            Assert.Equal(line[2], ScriptVariants.ToSimplified(line[2]));
            previous = line[0];
            pairs++;
        }

        Assert.InRange(pairs, 2500, 5000);
        Assert.Equal(pairs, ScriptVariants.Count);
    }

    [Fact]
    public void EveryBundledStatuteText_IsLeftAsWritten_ButForTheDocumentedCharacters()
    {
        var files = SharedCorpus.SharedCorpus.BundledStatuteTexts();
        var unexpected = UnexpectedChanges(files, SharedCorpus.SharedCorpus.BundledLaws);

        Assert.True(files.Length > 1000, $"expected the bundled statute texts, found {files.Length} files");
        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected));
    }

    [SharedCorpusFact]
    public void SharedCorpus_EverySimplifiedStatuteSource_IsLeftAsWritten_ButForTheDocumentedCharacters()
    {
        var files = Directory.GetFiles(SharedCorpus.SharedCorpus.StatuteSources, "*.md", SearchOption.AllDirectories);
        var unexpected = UnexpectedChanges(files, SharedCorpus.SharedCorpus.StatuteSources);

        Assert.True(files.Length > 1000, $"expected the statute sources, found {files.Length} files");
        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected));
    }

    // What the table changes in each file, less the documented exceptions (matched by a folder or file name in the
    // path), plus the documented exceptions that no longer occur: the list must stay exact.
    private static List<string> UnexpectedChanges(string[] files, string root)
    {
        var unexpected = new List<string>();
        var seen = new Dictionary<string, Dictionary<char, int>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            if (!ScriptVariants.HasTraditional(text.AsSpan()))
                continue;
            var relative = Path.GetRelativePath(root, file);
            var documented = KnownInSimplifiedText.Keys.FirstOrDefault(name => relative.Contains(name, StringComparison.Ordinal));
            foreach (var c in text)
            {
                if (ScriptVariants.ToSimplified(c) == c)
                    continue;
                if (documented is null || !KnownInSimplifiedText[documented].ContainsKey(c))
                {
                    unexpected.Add($"{relative}: {c} → {ScriptVariants.ToSimplified(c)}");
                    continue;
                }

                var counts = seen.TryGetValue(documented, out var found) ? found : seen[documented] = [];
                counts[c] = counts.GetValueOrDefault(c) + 1;
            }
        }

        foreach (var (name, expected) in KnownInSimplifiedText)
        {
            foreach (var (c, count) in expected)
            {
                var actual = seen.TryGetValue(name, out var counts) ? counts.GetValueOrDefault(c) : 0;
                if (actual != count)
                    unexpected.Add($"{name}: {c} documented ×{count}, found ×{actual}");
            }
        }

        return unexpected;
    }
}
