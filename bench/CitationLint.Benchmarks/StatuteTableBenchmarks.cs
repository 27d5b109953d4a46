using BenchmarkDotNet.Attributes;
using CitationLint.Statutes.Table;
using CitationLint.Syntax;

namespace CitationLint.Benchmarks;

/// <summary>Loading the embedded statute table (target: under 50 ms) and looking articles up in it.</summary>
[MemoryDiagnoser]
public class StatuteTableBenchmarks
{
    private StatuteTable _table = null!;
    private StatuteVersion _civilCode;

    [GlobalSetup]
    public void Setup()
    {
        _table = StatuteTable.Default;
        _civilCode = _table.Find("民法典")!.Value.Versions[0];
    }

    /// <summary>The whole table, from the embedded resource (read in place) to ready for lookups.</summary>
    [Benchmark]
    public StatuteTable Load() => StatuteTable.LoadBundled();

    /// <summary>The quote index stored in the table, read into its arrays.</summary>
    [Benchmark]
    public QuoteIndex LoadQuoteIndex() => QuoteIndex.Read(_table);

    /// <summary>Name resolution: an abbreviation, a full title, a title with 〈〉.</summary>
    [Benchmark]
    public int FindLaw() =>
        _table.Find("民诉法")!.Value.Index + _table.Find("中华人民共和国民法典")!.Value.Index
        + _table.Find("最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释")!.Value.Index;

    /// <summary>(law, version, article) lookup plus decoding the article's text.</summary>
    [Benchmark]
    public int FindArticle() => _civilCode.Find(new ArticleNumber(1032, 0))!.Value.Text.Length;
}
