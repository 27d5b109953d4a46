using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using CitationLint.Cli;
using CitationLint.Cli.Commands;

var root = new RootCommand("CitationLint: finds and checks statute citations in Chinese legal articles.")
{
    CheckCommand.Create(),
    BaselineCommand.Create(),
    ReportCommand.Create(),
    LookupCommand.Create(),
    ExplainCommand.Create(),
    StatutesCommand.Create(),
    McpCommand.Create(),
    LspCommand.Create(),
};
// Standard output that fails (a full disk, a closed pipe) says so, instead of an unhandled IOException.
StandardOutputStream.Install();
var parsed = root.Parse(args);
// In the verb's --lang where it parsed (System.CommandLine's own messages stay English).
var lang = parsed.CommandResult.Command.Options.FirstOrDefault(o => o.Name == "--lang") is { } option
    && parsed.GetResult(option) is { Tokens: [{ Value: var name }] } && OutputLanguage.IsLanguageName(name) ? name : null;
var language = OutputLanguage.Of(lang);
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
        Console.Error.WriteLine(language.Error(token.StartsWith('-') ? language.Text("UnknownOption", token, verb) : language.Text("UnknownCommand", token)));
    }
    else
    {
        foreach (var error in parsed.Errors)
            Console.Error.WriteLine(language.Error(error.Message));
    }

    // System.CommandLine's own "did you mean" for the unmatched tokens (its error lines, written above, are dropped).
    var suggestions = new StringWriter();
    parsed.InvocationConfiguration.Output = suggestions;
    parsed.InvocationConfiguration.Error = TextWriter.Null;
    new ParseErrorAction { ShowHelp = false, ShowTypoCorrections = true }.Invoke(parsed);
    if (suggestions.ToString().Trim() is { Length: > 0 } didYouMean)
        Console.Error.WriteLine(didYouMean);
    Console.Error.WriteLine(language.Text("RunHelp", verb.Length == 0 ? "" : verb + " "));
    return CheckCommand.InputError;
}

// Design §9: nothing escapes as a crash. A failure no command handled ends here, as one line naming the file where it
// is known, and exit code 2; the stack trace only with CITATIONLINT_DEBUG=1.
try
{
    return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e)
{
    var failure = e is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : e;
    var message = failure switch
    {
        StandardOutputException output => language.Text("OutputFailed", output.Message),
        FileFailureException file => language.Text("FileFailed", file.File, Describe(file.InnerException!)),
        _ => language.Text("Failed", Describe(failure)),
    };
    try
    {
        Console.Error.WriteLine(language.Error(message));
        if (Environment.GetEnvironmentVariable("CITATIONLINT_DEBUG") is { Length: > 0 } debug && debug != "0")
            Console.Error.WriteLine(e);
    }
    catch (IOException)
    {
        // Standard error is gone too: the exit code is all that is left to say it.
    }

    return CheckCommand.InputError;
}

static string Describe(Exception e) => e is IOException or UnauthorizedAccessException ? e.Message : $"{e.GetType().Name}: {e.Message}";
