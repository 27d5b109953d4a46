using System.CommandLine;
using CitationLint.Rules;

namespace CitationLint.Cli.Commands;

/// <summary><c>citationlint explain CL0003</c>: prints a rule's documentation page.</summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var id = Operands.One("rule", "A rule ID (CL0003) or name (quote-mismatch).");
        var command = new Command("explain", "Print the documentation of a rule.") { id };
        command.SetAction(result => Run(result.GetValue(id)!, Console.Out, Console.Error));
        return command;
    }

    internal static int Run(string rule, TextWriter output, TextWriter errors)
    {
        var descriptor = RuleCatalog.Find(rule) ?? RuleCatalog.All.FirstOrDefault(d => d.Name.Equals(rule, StringComparison.OrdinalIgnoreCase));
        if (descriptor is null)
        {
            errors.WriteLine($"citationlint: error: no rule '{rule}'; the rules are {string.Join(", ", RuleCatalog.All.Select(d => d.Id))}");
            return CheckCommand.InputError;
        }

        using var stream = typeof(ExplainCommand).Assembly.GetManifestResourceStream($"docs.rules.{descriptor.Id}.md");
        if (stream is null)
        {
            errors.WriteLine($"citationlint: error: the documentation of {descriptor.Id} is missing from this build");
            return CheckCommand.InputError;
        }

        using var reader = new StreamReader(stream);
        output.Write(reader.ReadToEnd());
        return CheckCommand.Success;
    }
}
