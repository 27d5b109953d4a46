namespace CitationLint;

/// <summary>
/// The one place the machine's clock is read: a host (the CLI, the MSBuild task, the analyzer) takes today's date
/// from here and hands it to <see cref="CitationChecker"/>; Core itself never reads the clock. BannedSymbols.txt bans
/// DateTime.Now and Today everywhere else.
/// </summary>
public static class LocalClock
{
    /// <summary>Today's date where the host runs.</summary>
#pragma warning disable RS0030 // the one clock
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);
#pragma warning restore RS0030
}
