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
        var inputs = new InputOptions();
        var asOf = CheckCommand.AsOfOption();
        var html = new Option<string>("--html") { Description = "The HTML file to write.", Required = true };
        var lang = OutputLanguage.CreateOption();
        var command = new Command("report", "Write a self-contained HTML page of the findings, for review (less those the baseline forgives).") { asOf, html, lang };
        inputs.AddTo(command);
        command.SetAction(result => Run(
            inputs.Read(result), result.GetValue(asOf), result.GetValue(html)!, Console.Out, Console.Error, OutputLanguage.Of(result.GetValue(lang))));
        return command;
    }

    internal static int Run(Inputs inputs, string? asOfText, string file, TextWriter output, TextWriter errors, OutputLanguage language)
    {
        if (!inputs.Validate(errors, language) || !CheckCommand.TryParseAsOf(asOfText, errors, language, out var asOf)
            || !CheckCommand.TryReadBaseline(null, errors, language, out var baseline))
            return CheckCommand.InputError;
        var run = new CheckRun(errors, language) { KeepChecks = true };
        var report = run.Run(inputs, asOf, baseline);
        // Whole or not at all (a full disk, a missing folder leave any earlier report as it was).
        if (!TryWrite(file, stream =>
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(false), 65536, leaveOpen: true);
                HtmlReportFormatter.Write(report, writer, language.Culture, rule => ExplainCommand.RulePage(rule, language.Culture));
            }, errors, language))
            return CheckCommand.InputError;

        var findings = report.Files.Sum(f => f.Diagnostics.Count);
        output.WriteLine(language.Text("ReportWritten", file, findings, report.Files.Count));
        return run.InputFailed ? CheckCommand.InputError : CheckCommand.Success;
    }

    /// <summary>
    /// Writes <paramref name="file"/> through <see cref="AtomicFile"/>: false, with an error naming it, when it could not
    /// be written (the old file, if any, left as it was).
    /// </summary>
    internal static bool TryWrite(string file, Action<Stream> write, TextWriter errors, OutputLanguage language)
    {
        try
        {
            AtomicFile.Write(file, write);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine(language.Error(NotWritten(file, e, language)));
            return false;
        }
    }

    /// <summary>Why <paramref name="file"/> was not written, in <paramref name="language"/>: a missing folder said as such.</summary>
    internal static string NotWritten(string file, Exception e, OutputLanguage language) =>
        language.Text("NotWritten", file, Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder && !Directory.Exists(folder)
            ? language.Text("FolderMissing", folder) : (e.InnerException ?? e).Message);
}
