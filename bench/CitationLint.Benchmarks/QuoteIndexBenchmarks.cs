using BenchmarkDotNet.Attributes;
using CitationLint.Statutes.Table;

namespace CitationLint.Benchmarks;

/// <summary>Building the quote index over every article of every version, and querying it with real quotes.</summary>
[MemoryDiagnoser]
public class QuoteIndexBenchmarks
{
    private QuoteIndex _index = null!;

    [GlobalSetup]
    public void Setup() => _index = QuoteIndex.Default;

    /// <summary>What the table compiler does once per build (a check reads the stored index instead).</summary>
    [Benchmark]
    public QuoteIndex Build() => QuoteIndex.Build(StatuteTable.Default);

    /// <summary>A faithful quote (found by containment).</summary>
    [Benchmark]
    public int FindExact() => _index.Find("自然人享有隐私权。任何组织或者个人不得以刺探、侵扰、泄露、公开等方式侵害他人的隐私权。").Count;

    /// <summary>An altered quote (found by similarity).</summary>
    [Benchmark]
    public int FindAltered() => _index.Find("公民享有隐私权，任何组织或者个人不得以刺探、侵扰、泄露、公开等方式侵害他人隐私权。").Count;
}
