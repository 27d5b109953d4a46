using System.CommandLine;
using CitationLint.Configuration;

namespace CitationLint.Cli.Commands;

/// <summary><c>citationlint baseline PATH...</c>: records today's findings so later runs report only new ones.</summary>
internal static class BaselineCommand
{
    public static Command Create()
    {
        var inputs = new InputOptions();
        var asOf = CheckCommand.AsOfOption();
        var output = new Option<string>("--output")
        {
            Description = $"The baseline file to write (default: {Baseline.DefaultFileName} in the current folder; check and report look for it there and in the folders above, up to the repository root).",
            DefaultValueFactory = _ => Baseline.DefaultFileName,
        };
        var lang = OutputLanguage.CreateOption();
        var command = new Command("baseline", "Record the current findings; later runs of check report only new ones.") { asOf, output, lang };
        inputs.AddTo(command);
        command.SetAction(result => Run(
            inputs.Read(result), result.GetValue(asOf), result.GetValue(output)!, Console.Out, Console.Error, OutputLanguage.Of(result.GetValue(lang))));
        return command;
    }

    // The baseline records the English messages whatever the language (a later run in either language matches them);
    // what the command says, and the input errors, are in the run's language.
    internal static int Run(Inputs inputs, string? asOfText, string file, TextWriter output, TextWriter errors, OutputLanguage language)
    {
        if (!inputs.Validate(errors, language) || !CheckCommand.TryParseAsOf(asOfText, errors, language, out var asOf))
            return CheckCommand.InputError;
        var run = new CheckRun(errors, language);
        var report = run.Run(inputs, asOf, Baseline.Empty);
        if (run.InputFailed)
        {
            // A baseline of part of the paths (one missing, a glob that matched nothing) would lose the rest's findings.
            errors.WriteLine(language.Note(language.Text("BaselineNotWritten", file)));
            return CheckCommand.InputError;
        }

        var entries = report.Files.SelectMany(f => f.Diagnostics.Select(d => Baseline.EntryFor(f.Analysis.Document.Path, d, f.Analysis.Document.GetText(d.Span)))).ToList();
        try
        {
            Baseline.Write(file, entries); // through AtomicFile: a failure leaves the old baseline as it was
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine(language.Error(ReportCommand.NotWritten(file, e, language)));
            return CheckCommand.InputError;
        }

        output.WriteLine(language.Text("BaselineWritten", entries.Count, report.Files.Count, file));
        return CheckCommand.Success;
    }
}
