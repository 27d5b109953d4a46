using System.CommandLine;
using CitationLint.Configuration;

namespace CitationLint.Cli.Commands;

/// <summary><c>citationlint baseline PATH...</c>: records today's findings so later runs report only new ones.</summary>
internal static class BaselineCommand
{
    public static Command Create()
    {
        var paths = CheckCommand.PathsArgument();
        var asOf = CheckCommand.AsOfOption();
        var output = new Option<string>("--output")
        {
            Description = "The baseline file to write.",
            DefaultValueFactory = _ => Baseline.DefaultFileName,
        };
        var command = new Command("baseline", "Record the current findings; later runs of check report only new ones.") { paths, asOf, output };
        command.SetAction(result => Run(result.GetValue(paths) ?? [], result.GetValue(asOf), result.GetValue(output)!, Console.Out, Console.Error));
        return command;
    }

    internal static int Run(IReadOnlyList<string> paths, string? asOfText, string file, TextWriter output, TextWriter errors)
    {
        if (!CheckCommand.TryParseAsOf(asOfText, errors, out var asOf))
            return CheckCommand.InputError;
        var run = new CheckRun(errors);
        var report = run.Run(paths, asOf, Baseline.Empty);
        var entries = report.Files.SelectMany(f => f.Diagnostics.Select(d => Baseline.EntryFor(f.Analysis.Document.Path, d, f.Analysis.Document.GetText(d.Span)))).ToList();
        Baseline.Write(file, entries);
        output.WriteLine($"Wrote {entries.Count} findings from {report.Files.Count} files to {file}.");
        return run.InputFailed ? CheckCommand.InputError : CheckCommand.Success;
    }
}
