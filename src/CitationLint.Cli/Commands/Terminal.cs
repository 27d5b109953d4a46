namespace CitationLint.Cli.Commands;

/// <summary>
/// Where a command writes: standard output and error, as text and as byte streams (JSON, SARIF, fixed text), and
/// whether each takes colour (<see cref="UsesColor"/>).
/// </summary>
internal sealed record Terminal(TextWriter Output, TextWriter Errors, Func<Stream> OpenOutput, Func<Stream> OpenErrors)
{
    /// <summary>Whether text written to <see cref="Output"/> may colour its severities.</summary>
    public bool Color { get; init; }

    /// <summary>Whether text written to <see cref="Errors"/> may (a report sent there, as by <c>check --fix -</c>).</summary>
    public bool ErrorsColor { get; init; }

    /// <summary>This process's standard output and error, coloured where <see cref="UsesColor"/> says so.</summary>
    public static Terminal OfConsole(bool noColorOption) => new(Console.Out, Console.Error, StandardOutputStream.Open, Console.OpenStandardError)
    {
        Color = UsesColor(noColorOption, !Console.IsOutputRedirected, Environment.GetEnvironmentVariable),
        ErrorsColor = UsesColor(noColorOption, !Console.IsErrorRedirected, Environment.GetEnvironmentVariable),
    };

    /// <summary>
    /// Whether output to a stream may be coloured: only on a terminal, and not with <c>--no-color</c>, nor when
    /// <c>NO_COLOR</c> is set to anything (no-color.org: a value that is not empty), nor in CI
    /// (<see cref="InContinuousIntegration"/>), nor when <c>TERM</c> is <c>dumb</c>.
    /// </summary>
    public static bool UsesColor(bool noColorOption, bool isTerminal, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return !noColorOption && isTerminal && string.IsNullOrEmpty(environment("NO_COLOR")) && !InContinuousIntegration(environment)
            && environment("TERM") != "dumb";
    }

    /// <summary>Whether the run is a CI job's (<c>CI=true</c>, as GitHub Actions, GitLab and most others set it): no colour, no progress.</summary>
    public static bool InContinuousIntegration(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return environment("CI") is { } ci && (ci.Equals("true", StringComparison.OrdinalIgnoreCase) || ci == "1");
    }
}
