using BenchmarkDotNet.Attributes;
using CitationLint.Analysis;
using CitationLint.Documents;
using CitationLint.Statutes.Table;
using CitationLint.Syntax;

namespace CitationLint.Benchmarks;

/// <summary>
/// The pipeline's stages on real text from the repository: the Civil Code as bundled in statutes/ (1,260 articles
/// citing each other: article headings, 本法第…条, 前款) and the sample articles in samples/ (《》 names, quotes,
/// deliberate errors).
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private static readonly DateOnly Today = new(2026, 11, 30);
    private string _statute = "";
    private SourceDocument _article = null!;
    private IReadOnlyList<CitationSyntax> _citations = [];
    private AnalyzedDocument _analysis = null!;
    private CitationChecker _checker = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot();
        _statute = File.ReadAllText(Path.Combine(root, "statutes", "laws", "民法典", "2020-05-28.md"));
        var samples = Directory.GetFiles(Path.Combine(root, "samples")).OrderBy(f => f, StringComparer.Ordinal).ToList();
        _article = DocumentReader.Read("samples.md", string.Join("\n\n", samples.Select(File.ReadAllText)), DocumentFormat.Markdown);
        _citations = CitationFinder.Find(_statute);
        _checker = new CitationChecker(StatuteTable.Default, () => QuoteIndex.Default, Today);
        _analysis = _checker.Analyze(_article);
        _checker.Check(_analysis); // loads the quote index
    }

    /// <summary>Candidate positions in the Civil Code (about 1.1 million characters).</summary>
    [Benchmark]
    public int CandidateScan() => CandidateScanner.Scan(_statute).Count;

    /// <summary>The grammar at every candidate of the Civil Code, with quotes.</summary>
    [Benchmark]
    public int Grammar() => CitationFinder.Find(_statute).Count;

    /// <summary>Relative references (本法, 前款, 第三条) resolved and laws looked up, for the Civil Code's citations.</summary>
    [Benchmark]
    public int Resolution()
    {
        var resolved = 0;
        var laws = new LawResolver(StatuteTable.Default);
        foreach (var reference in ReferenceResolver.Resolve(_citations, _statute))
            resolved += laws.Resolve(reference.LawName, reference.Citation.Law?.Version, Today).Statute is null ? 0 : 1;
        return resolved;
    }

    /// <summary>Reading the sample articles' Markdown into prose.</summary>
    [Benchmark]
    public int Markdown() => DocumentReader.Read("samples.md", _article.Text, DocumentFormat.Markdown).Prose.Length;

    /// <summary>Every rule over the sample articles (quotes checked against the quote index).</summary>
    [Benchmark]
    public int Lint() => _checker.Check(_analysis).Diagnostics.Count;

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CitationLint.sln")))
                return directory.FullName;
        }

        throw new DirectoryNotFoundException("Run the benchmarks from inside the CitationLint repository.");
    }
}
