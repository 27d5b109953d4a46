using System.CommandLine;
using System.Text;
using CitationLint.Configuration;
using CitationLint.Output;

namespace CitationLint.Cli.Commands;

/// <summary><c>citationlint report --html report.html PATH...</c>: the self-contained page editors review.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var paths = CheckCommand.PathsArgument();
        var asOf = CheckCommand.AsOfOption();
        var html = new Option<string>("--html") { Description = "The HTML file to write.", Required = true };
        var command = new Command("report", "Write a self-contained HTML page of the findings, for review.") { paths, asOf, html };
        command.SetAction(result => Run(result.GetValue(paths) ?? [], result.GetValue(asOf), result.GetValue(html)!, Console.Out, Console.Error));
        return command;
    }

    internal static int Run(IReadOnlyList<string> paths, string? asOfText, string file, TextWriter output, TextWriter errors)
    {
        if (!CheckCommand.TryParseAsOf(asOfText, errors, out var asOf))
            return CheckCommand.InputError;
        var run = new CheckRun(errors) { KeepChecks = true };
        var report = run.Run(paths, asOf, File.Exists(Baseline.DefaultFileName) ? Baseline.Read(Baseline.DefaultFileName) : Baseline.Empty);
        try
        {
            using var writer = new StreamWriter(file, append: false, new UTF8Encoding(false));
            HtmlReportFormatter.Write(report, writer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"citationlint: error: {file}: {e.Message}");
            return CheckCommand.InputError;
        }

        var findings = report.Files.Sum(f => f.Diagnostics.Count);
        output.WriteLine($"Wrote {file}: {findings} findings in {report.Files.Count} files.");
        return run.InputFailed ? CheckCommand.InputError : CheckCommand.Success;
    }
}
