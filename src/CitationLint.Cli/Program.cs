using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
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
    // verb, an unknown option: the verbs' arguments stop before one, see Operands) is the error; the operands after it
    // are left over, so only one is named: the first unknown option on the command line, else the first token.
    var verb = "";
    for (var result = parsed.CommandResult; result.Parent is CommandResult parent; result = parent)
        verb = result.Command.Name + (verb.Length == 0 ? "" : " " + verb);
    if (parsed.UnmatchedTokens.Count > 0)
    {
        var unmatched = parsed.UnmatchedTokens.OrderBy(token => Array.IndexOf(args, token)).ToList();
        var token = unmatched.FirstOrDefault(t => t.Length > 1 && t[0] == '-') ?? unmatched[0];
        Console.Error.WriteLine(token.StartsWith('-')
            ? $"citationlint: error: unknown option '{token}' for '{verb}'."
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
    Console.Error.WriteLine($"Run 'citationlint {(verb.Length == 0 ? "" : verb + " ")}--help' for usage.");
    return CheckCommand.InputError;
}

return parsed.Invoke();
