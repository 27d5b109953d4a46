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

        if (RulePage(descriptor, language.Culture) is not { } page)
        {
            errors.WriteLine(language.Error(language.Text("RuleDocMissing", descriptor.HelpLinkIn(language.Culture))));
            return CheckCommand.InputError;
        }

        output.Write(page);
        return CheckCommand.Success;
    }

    /// <summary>A rule's documentation page in the culture's language, as embedded in the tool (the HTML report carries them too).</summary>
    internal static string? RulePage(RuleDescriptor descriptor, System.Globalization.CultureInfo culture)
    {
        // The page's path in the repository (docs/rules/zh-CN/CL0003.md) is its resource name, / read as '.'.
        using var stream = typeof(ExplainCommand).Assembly.GetManifestResourceStream(descriptor.HelpLinkIn(culture).Replace('/', '.'));
        if (stream is null)
            return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
