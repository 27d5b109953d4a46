using CitationLint.Statutes.Table;

namespace CitationLint.Core.Tests;

/// <summary>
/// The pipeline as the tests run it, wired as the hosts wire it: the bundled statute table and quote index, with
/// "today" fixed by the test (so findings do not age) or, for tests whose documents do not depend on it, the day
/// the tests run.
/// </summary>
internal static class TestPipeline
{
    /// <summary>The bundled-table checker as of the day the tests run, for documents whose findings do not depend on it.</summary>
    public static CitationChecker Default { get; } = Checker(LocalClock.Today);

    /// <summary>A bundled-table checker judging "today" as <paramref name="today"/>.</summary>
    public static CitationChecker Checker(DateOnly today) => new(StatuteTable.Default, () => QuoteIndex.Default, today);
}
