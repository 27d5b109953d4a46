using CitationLint.Statutes;
using CitationLint.Statutes.Import;

namespace CitationLint.Core.Tests.Statutes;

/// <summary>The importer on a small source tree written here, in the shapes PROVENANCE.md describes.</summary>
public sealed class StatuteImporterTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("citationlint-import-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Sources => Path.Combine(_root, "src");

    private string Statutes => Path.Combine(_root, "statutes");

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private ImportReport Import()
    {
        Write("statutes/reviewed/aliases.tsv", "# alias\ttitle\n示例\t中华人民共和国示例法\n");
        Write("statutes/reviewed/repeals.tsv", "# title\trepealed\tsuccessor\tsource\n中华人民共和国旧示例法\t2021-06-01\t中华人民共和国示例法\ttest\n");
        Write("statutes/reviewed/name-only.tsv", "# title\tlevel\tdate\tissuer\taliases\tnote\n某某自律公约（试行）\t行业自律规范\t2018\t某协会\t某某自律公约\ttest\n");
        Write("statutes/reviewed/effective-dates.tsv", "# law\tversion\tkind\teffective\tconfidence\tbasis\tevidence\n示例法\t2021-06-01\t修正\t2021-10-01\thigh\t本决定自2021年10月1日起施行\ttest\n");
        Write("src/lawrefbook/民法商法/旧示例法(2010-01-01).md", RepealedLaw);
        return StatuteImporter.Import(Sources, Statutes, TextWriter.Null);
    }

    private const string RepealedLaw = """
        # 中华人民共和国旧示例法

        2010年1月1日 第十一届全国人民代表大会常务委员会第一次会议通过

        <!-- INFO END -->

        第一条 本法自2010年1月1日起施行。

        第二条 有下列情形之一的，适用本法：

        （一）第一种情形；

        （二）第二种情形。
        """;

    private const string Version2020 = """
        # 中华人民共和国示例法

        2020年1月1日 第十三届全国人民代表大会常务委员会第一次会议通过

        <!-- INFO END -->

        ## 第一章 总 则

        第一条 为了测试，制定本法。

        第二条 有下列情形之一的，适用本法：

        （一）第一种情形；

        （二）第二种情形。

        前款规定以外的情形，不适用本法。

        ## 第二章 附则

        第二条之一 本条为插入的条文。

        第三条 本法自2020年3月1日起施行。
        """;

    private const string Version2021 = """
        # 中华人民共和国示例法

        2020年1月1日 第十三届全国人民代表大会常务委员会第一次会议通过

        2021年6月1日 第十三届全国人民代表大会常务委员会第二次会议《关于修改〈中华人民共和国示例法〉的决定》修正

        <!-- INFO END -->

        ## 第一章 总 则

        第一条 为了测试，制定本法。

        第二条 本条为新增的条文，与旧文毫不相干。

        第三条 有下列情形之一的，适用本法：

        （一）第一种情形；

        （二）第二种情形。

        前款规定以外的情形，不适用本法。

        第四条 本法自2020年3月1日起施行。
        """;

    [Fact]
    public void Import_WritesVersions_Catalog_Names_AndMaps()
    {
        Write("src/lawrefbook/民法商法/示例法(2020-01-01).md", Version2020);
        Write("src/lawrefbook/民法商法/示例法(2021-06-01).md", Version2021);
        var report = Import();

        Assert.Empty(report.Problems);
        Assert.Equal(3, report.Versions);
        var text = StatuteFileFormat.Read(File.ReadAllText(Path.Combine(Statutes, "laws", "示例法", "2020-01-01.md")), "x");
        Assert.Equal("中华人民共和国示例法", text.Title);
        Assert.Equal(4, text.Articles.Count);
        Assert.Equal("第二条之一", text.Articles[2].Label);
        Assert.Equal(2, text.Articles[1].Paragraphs.Count);
        Assert.Equal(["（一）第一种情形；", "（二）第二种情形。"], text.Articles[1].Paragraphs[0].Items);
        Assert.Equal("第一章 总则", text.Articles[0].Heading);

        var versions = LawCatalog.ReadVersions(File.ReadAllText(Path.Combine(Statutes, "catalog", "versions.tsv")));
        var first = versions.Single(v => v.Date == new DateOnly(2020, 1, 1));
        var second = versions.Single(v => v.Date == new DateOnly(2021, 6, 1));
        Assert.Equal(("制定", new DateOnly(2020, 3, 1)), (first.Kind, first.Effective));   // from its last article
        Assert.Equal(("修正", new DateOnly(2021, 10, 1)), (second.Kind, second.Effective)); // from the reviewed table
        Assert.StartsWith("text:", first.EffectiveSource, StringComparison.Ordinal);
        Assert.StartsWith("reviewed", second.EffectiveSource, StringComparison.Ordinal);

        var laws = LawCatalog.ReadLaws(File.ReadAllText(Path.Combine(Statutes, "catalog", "laws.tsv")));
        var law = laws.Single(l => l.Title == "中华人民共和国示例法");
        Assert.Equal(("示例法", "法律"), (law.ShortTitle, law.Level));
        Assert.Equal(["示例"], law.Aliases);
        Assert.True(laws.Single(l => l.Title == "某某自律公约（试行）").NameOnly);

        var names = File.ReadAllText(Path.Combine(Statutes, "law-names.tsv"));
        Assert.Contains("示例\t中华人民共和国示例法\n", names, StringComparison.Ordinal);
        Assert.Contains("某某自律公约\t某某自律公约（试行）\n", names, StringComparison.Ordinal);

        var map = File.ReadAllLines(Path.Combine(Statutes, "maps", "示例法", "2020-01-01_to_2021-06-01.tsv")).Where(l => !l.StartsWith('#')).ToList();
        Assert.Contains("第一条\t第一条\tunchanged\t1.000", map);
        Assert.Contains("第二条\t第三条\trenumbered\t1.000", map);
        Assert.Contains(map, l => l.StartsWith("\t第二条\tadded", StringComparison.Ordinal));

        // A repealed law maps into its successor in any order.
        var successor = File.ReadAllLines(Path.Combine(Statutes, "maps", "旧示例法", "successor.tsv")).Where(l => !l.StartsWith('#')).ToList();
        Assert.Contains(successor, l => l.StartsWith("第二条\t第二条\t", StringComparison.Ordinal));
        var old = laws.Single(l => l.Title == "中华人民共和国旧示例法");
        Assert.Equal((new DateOnly(2021, 6, 1), "中华人民共和国示例法"), (old.Repealed!.Value, old.Successor));
    }

    [Fact]
    public void Import_ReportsAFileItCannotRead_ByName_AndGoesOn()
    {
        Write("src/lawrefbook/民法商法/示例法(2020-01-01).md", Version2020);
        Write("src/lawrefbook/民法商法/坏文件(2020-01-01).md", "这里没有标题行\n第一条 文字。\n");
        Write("src/lawrefbook/民法商法/空文件(2020-01-01).md", "");
        var report = Import();
        var problem = Assert.Single(report.Problems);
        Assert.Contains("lawrefbook/民法商法/坏文件(2020-01-01).md", problem, StringComparison.Ordinal);
        Assert.Contains(report.Skipped, s => s.Contains("空文件", StringComparison.Ordinal));
        Assert.Equal(2, report.Versions);
    }

    [Fact]
    public void Import_PrefersTheHigherPrecedenceFolder_AndTakesNewFoldersWithoutCodeChanges()
    {
        Write("src/lawrefbook/民法商法/示例法(2020-01-01).md", Version2020);
        Write("src/chinese-laws-history/民法商法/示例法(2020-01-01).md", Version2020.Replace("为了测试", "旧抄本", StringComparison.Ordinal));
        Write("src/some-new-source/民法商法/示例法(2021-06-01).md", Version2021);
        var report = Import();
        Assert.Equal(3, report.Versions);
        var text = File.ReadAllText(Path.Combine(Statutes, "laws", "示例法", "2020-01-01.md"));
        Assert.Contains("为了测试", text, StringComparison.Ordinal);
        Assert.Contains("source: lawrefbook/", text, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Statutes, "laws", "示例法", "2021-06-01.md")));
    }

    [Fact]
    public void Import_IsDeterministic()
    {
        Write("src/lawrefbook/民法商法/示例法(2020-01-01).md", Version2020);
        Write("src/lawrefbook/民法商法/示例法(2021-06-01).md", Version2021);
        Import();
        var first = Snapshot();
        Import();
        Assert.Equal(first, Snapshot());
    }

    // A source that runs a chapter's articles together on one line: each is an article of its own; a reference inside
    // an article (依照本规则第二条), a number out of sequence and a heading not after a sentence's end stay its text.
    [Fact]
    public void SourceReader_SplitsArticlesRunTogetherOnOneLine()
    {
        const string source = """
            # 中华人民共和国示例规则

            2020年1月1日 国务院令第1号公布

            <!-- INFO END -->

            ## 第一章 总则

            第一条 为了测试，制定本规则。 第二条 依照本规则第三条 的规定办理。 第三条 本规则适用于示例。 第五条 不是下一条。

            ## 第二章 附则

            第四条 有下列情形之一的，适用本规则： （一）第一种情形； （二）第二种情形。　第五条　本规则自公布之日起施行。第六条 本规则由示例部门解释。
            """;
        var text = StatuteSourceReader.Read(source, "示例规则(2020-01-01).md", null);
        Assert.Equal(["第一条", "第二条", "第三条", "第四条", "第五条"], text.Articles.Select(a => a.Label));
        Assert.Equal("为了测试，制定本规则。", text.Articles[0].Text);
        Assert.Equal("依照本规则第三条 的规定办理。", text.Articles[1].Text);
        Assert.Equal("本规则适用于示例。 第五条 不是下一条。", text.Articles[2].Text);
        Assert.Equal("第二章 附则", text.Articles[3].Heading);
        Assert.Equal("本规则自公布之日起施行。第六条 本规则由示例部门解释。", text.Articles[4].Text);
    }

    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(Statutes, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Statutes, f), File.ReadAllText);
}
