using System.CommandLine;
using System.CommandLine.Invocation;
using CitationLint.Cli.Commands;

var root = new RootCommand("CitationLint: finds and checks statute citations in Chinese legal articles.")
{
    CheckCommand.Create(),
    BaselineCommand.Create(),
    ReportCommand.Create(),
    LookupCommand.Create(),
    ExplainCommand.Create(),
    StatutesCommand.Create(),
};
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    // Design §7: a usage error exits with 2 (System.CommandLine's own default is 1). An unmatched token (a mistyped
    // verb, an unknown option) is the error; what follows it is left over, so only the first is named.
    if (parsed.UnmatchedTokens.Count > 0)
    {
        var token = parsed.UnmatchedTokens[0];
        Console.Error.WriteLine(token.StartsWith('-')
            ? $"citationlint: error: unknown option '{token}' for '{parsed.CommandResult.Command.Name}'."
            : $"citationlint: error: unknown command or argument '{token}'.");
    }
    else
    {
        foreach (var error in parsed.Errors)
            Console.Error.WriteLine($"citationlint: error: {error.Message}");
    }

    // System.CommandLine's own "did you mean" for the unmatched tokens (its error lines, written above, are dropped).
    var suggestions = new StringWriter();
    parsed.InvocationConfiguration.Output = suggestions;
    parsed.InvocationConfiguration.Error = TextWriter.Null;
    new ParseErrorAction { ShowHelp = false, ShowTypoCorrections = true }.Invoke(parsed);
    if (suggestions.ToString().Trim() is { Length: > 0 } didYouMean)
        Console.Error.WriteLine(didYouMean);
    Console.Error.WriteLine($"Run 'citationlint {(parsed.CommandResult.Command == root ? "" : parsed.CommandResult.Command.Name + " ")}--help' for usage.");
    return CheckCommand.InputError;
}

return parsed.Invoke();
