using System.Globalization;
using CitationLint.Analysis;
using CitationLint.Statutes.Table;

namespace CitationLint.Rules;

/// <summary>Runs every rule over an analyzed document: provision checks first, then the rules in ID order.</summary>
public sealed class Linter
{
    private readonly ProvisionChecker _checker;
    private readonly CultureInfo _culture;

    /// <summary>
    /// A linter over a given table, judging "today" as <paramref name="today"/>: the host chooses the table and reads
    /// the clock, never Core (<see cref="CitationChecker"/> owns one).
    /// </summary>
    public Linter(StatuteTable table, Func<QuoteIndex> quoteIndex, DateOnly today, CultureInfo culture)
    {
        Table = table;
        _culture = culture;
        _checker = new ProvisionChecker(quoteIndex, today);
    }

    /// <summary>The statute table.</summary>
    public StatuteTable Table { get; }

    /// <summary>The diagnostics of a document at their default severities, in document order.</summary>
    public IReadOnlyList<Diagnostic> Lint(AnalyzedDocument document) => LintWithChecks(document).Diagnostics;

    /// <summary>The diagnostics and the provision checks they were made from (the HTML report shows both).</summary>
    public (IReadOnlyList<ProvisionCheck> Checks, IReadOnlyList<Diagnostic> Diagnostics) LintWithChecks(AnalyzedDocument document)
    {
        var context = new RuleContext(document, _checker.Check(document), Table, _culture);
        foreach (var rule in RuleCatalog.Rules)
            rule.Analyze(context);
        return (context.Checks, [.. context.Diagnostics.OrderBy(d => d.Span.Start).ThenBy(d => d.Id, StringComparer.Ordinal)]);
    }
}
