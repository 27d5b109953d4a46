using CitationLint.Analysis;
using CitationLint.Statutes.Table;

namespace CitationLint.Rules;

/// <summary>Runs every rule over an analyzed document: provision checks first, then the rules in ID order.</summary>
public sealed class Linter
{
    private readonly ProvisionChecker _checker;

    /// <summary>Every rule, in ID order.</summary>
    public static IReadOnlyList<IRule> Rules { get; } =
    [
        new UnknownStatuteRule(), new NoSuchArticleRule(), new QuoteMismatchRule(), new OutdatedNumberRule(),
        new RepealedStatuteRule(), new UnresolvedReferenceRule(), new MalformedCitationRule(), new NonstandardNameRule(),
        new NumeralStyleRule(), new AlteredQuoteRule(), new UncheckedDocumentRule(),
    ];

    /// <summary>
    /// A linter over a given table, judging "today" as <paramref name="today"/>: the host chooses the table and reads
    /// the clock, never Core (<see cref="CitationChecker"/> owns one).
    /// </summary>
    public Linter(StatuteTable table, Func<QuoteIndex> quoteIndex, DateOnly today)
    {
        Table = table;
        _checker = new ProvisionChecker(quoteIndex, today);
    }

    /// <summary>The statute table.</summary>
    public StatuteTable Table { get; }

    /// <summary>The diagnostics of a document at their default severities, in document order.</summary>
    public IReadOnlyList<Diagnostic> Lint(AnalyzedDocument document) => LintWithChecks(document).Diagnostics;

    /// <summary>The diagnostics and the provision checks they were made from (the HTML report shows both).</summary>
    public (IReadOnlyList<ProvisionCheck> Checks, IReadOnlyList<Diagnostic> Diagnostics) LintWithChecks(AnalyzedDocument document)
    {
        var context = new RuleContext(document, _checker.Check(document), Table);
        foreach (var rule in Rules)
            rule.Analyze(context);
        return (context.Checks, [.. context.Diagnostics.OrderBy(d => d.Span.Start).ThenBy(d => d.Id, StringComparer.Ordinal)]);
    }
}
