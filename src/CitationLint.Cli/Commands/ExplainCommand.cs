using System.CommandLine;
using CitationLint.Rules;

namespace CitationLint.Cli.Commands;

/// <summary>
/// <c>citationlint explain CL0003</c>: prints a rule's documentation page, docs/rules/CL0003.md, or in Chinese
/// docs/rules/zh-CN/CL0003.md (both embedded in the tool).
/// </summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var id = Operands.One("rule", "A rule ID (CL0003) or name (quote-mismatch).");
        var lang = OutputLanguage.CreateOption();
        var command = new Command("explain", "Print the documentation of a rule.") { id, lang };
        command.SetAction(result => Run(result.GetValue(id)!, Console.Out, Console.Error, OutputLanguage.Of(result.GetValue(lang))));
        return command;
    }

    internal static int Run(string rule, TextWriter output, TextWriter errors, OutputLanguage language)
    {
        var descriptor = RuleCatalog.Find(rule) ?? RuleCatalog.All.FirstOrDefault(d => d.Name.Equals(rule, StringComparison.OrdinalIgnoreCase));
        if (descriptor is null)
        {
            errors.WriteLine(language.Error(language.Text("NoSuchRule", rule, string.Join(", ", RuleCatalog.All.Select(d => d.Id)))));
            return CheckCommand.InputError;
        }

        // The page's path in the repository (docs/rules/zh-CN/CL0003.md) is its resource name, / read as '.'.
        var page = descriptor.HelpLinkIn(language.Culture);
        using var stream = typeof(ExplainCommand).Assembly.GetManifestResourceStream(page.Replace('/', '.'));
        if (stream is null)
        {
            errors.WriteLine(language.Error(language.Text("RuleDocMissing", page)));
            return CheckCommand.InputError;
        }

        using var reader = new StreamReader(stream);
        output.Write(reader.ReadToEnd());
        return CheckCommand.Success;
    }
}
