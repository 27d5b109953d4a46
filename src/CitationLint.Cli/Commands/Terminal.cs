namespace CitationLint.Cli.Commands;

/// <summary>Where a command writes: standard output and error, as text and as byte streams (JSON, SARIF, fixed text).</summary>
internal sealed record Terminal(TextWriter Output, TextWriter Errors, Func<Stream> OpenOutput, Func<Stream> OpenErrors);
