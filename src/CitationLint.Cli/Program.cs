using System.CommandLine;
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
    // Design §7: a usage error exits with 2 (System.CommandLine's own default is 1).
    foreach (var error in parsed.Errors)
        Console.Error.WriteLine($"citationlint: error: {error.Message}");
    Console.Error.WriteLine("Run 'citationlint --help' for usage.");
    return CheckCommand.InputError;
}

return parsed.Invoke();
