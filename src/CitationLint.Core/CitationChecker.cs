using CitationLint.Analysis;
using CitationLint.Documents;
using CitationLint.Rules;
using CitationLint.Statutes.Table;

namespace CitationLint;

/// <summary>
/// The one pipeline every host runs on a document: find and resolve its citations, then check them with every rule.
/// The host hands in the statute table, the quote index and "today" (read once from its own clock, or its as-of
/// option), so Core never chooses the table or reads the clock itself and tests can pin both.
/// </summary>
/// <remarks>One checker serves a whole run and may be shared by threads: each call keeps its own per-document state.</remarks>
public sealed class CitationChecker
{
    private readonly DocumentAnalyzer _analyzer;
    private readonly Linter _linter;
    private readonly DateOnly _today;

    /// <summary>A checker over <paramref name="table"/>, judging "today" as <paramref name="today"/>.</summary>
    /// <param name="table">The statutes citations are resolved and checked against.</param>
    /// <param name="quoteIndex">The index of provisions by their words, asked for only when a text must be placed by its
    /// words: a run that never needs it never loads it.</param>
    /// <param name="today">The date a document without its own is judged at, and the one stale article numbers are
    /// judged against.</param>
    /// <param name="culture">The language of the messages: Chinese for a zh culture (<see cref="MessageLanguage.IsChinese"/>),
    /// English otherwise and by default. Every diagnostic also keeps its English message, for baselines.</param>
    public CitationChecker(StatuteTable table, Func<QuoteIndex> quoteIndex, DateOnly today, System.Globalization.CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(quoteIndex);
        _today = today;
        _analyzer = new DocumentAnalyzer(table, quoteIndex);
        _linter = new Linter(table, quoteIndex, today, culture ?? System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Finds and resolves the citations of <paramref name="document"/>, judged as of its own date or, when it has none,
    /// the host's today.
    /// </summary>
    public AnalyzedDocument Analyze(SourceDocument document) => _analyzer.Analyze(document, _today);

    /// <summary>Analyzes <paramref name="document"/> and runs every rule over it.</summary>
    public CheckResult Check(SourceDocument document) => Check(Analyze(document));

    /// <summary>Runs every rule over a document this checker has analyzed (the benchmarks time the two stages apart).</summary>
    public CheckResult Check(AnalyzedDocument analysis)
    {
        var (checks, diagnostics) = _linter.LintWithChecks(analysis);
        return new CheckResult(analysis, checks, diagnostics);
    }
}

/// <summary>
/// One document checked, before any configuration: a host applies its severities and baseline to
/// <see cref="Diagnostics"/>, giving the <see cref="Output.CheckedDocument"/> the reports are written from.
/// </summary>
/// <param name="Analysis">The document with its citations found and resolved.</param>
/// <param name="Checks">The provision checks the diagnostics were made from, one per reference (the HTML report shows them).</param>
/// <param name="Diagnostics">The findings at their default severities, in document order.</param>
public sealed record CheckResult(AnalyzedDocument Analysis, IReadOnlyList<ProvisionCheck> Checks, IReadOnlyList<Diagnostic> Diagnostics);
