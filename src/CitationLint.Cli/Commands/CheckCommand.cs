using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using CitationLint.Configuration;
using CitationLint.Output;
using CitationLint.Rules;

namespace CitationLint.Cli.Commands;

/// <summary><c>citationlint check PATH...</c>: finds the citations in files and folders and reports on them.</summary>
internal static class CheckCommand
{
    /// <summary>Exit code: no error-severity diagnostic.</summary>
    public const int Success = 0;

    /// <summary>Exit code: at least one error-severity diagnostic.</summary>
    public const int Failure = 1;

    /// <summary>Exit code: a usage, configuration or input error.</summary>
    public const int InputError = 2;

    public static Argument<string[]> PathsArgument() => new("paths")
    {
        Description = "Files and folders to check (folders: *.md, *.markdown, *.txt, recursively).",
        Arity = ArgumentArity.OneOrMore,
        CustomParser = TakePaths,
    };

    // System.CommandLine hands a token that looks like an option but is none (--frobnicate) to the paths, where it
    // would read as a missing file. The paths stop before it instead, so it and what follows are unmatched tokens:
    // a usage error with System.CommandLine's own "did you mean". A file whose name starts with '-' is still a path.
    private static string[] TakePaths(ArgumentResult result)
    {
        var paths = new List<string>(result.Tokens.Count);
        foreach (var token in result.Tokens)
        {
            if (token.Value.Length > 1 && token.Value[0] == '-' && !File.Exists(token.Value) && !Directory.Exists(token.Value))
            {
                result.OnlyTake(paths.Count);
                break;
            }

            paths.Add(token.Value);
        }

        return [.. paths];
    }

    public static Option<int> JobsOption() => new("--jobs")
    {
        Description = "How many files to check at once (default: the number of cores).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public static Option<string?> AsOfOption() => new("--as-of")
    {
        Description = "Run as of this date (YYYY-MM-DD) instead of today: undated documents are judged then, and stale numbers against the versions in force then. A front matter date: still dates its document.",
    };

    public static Command Create()
    {
        var paths = PathsArgument();
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (MSBuild canonical lines), json, sarif (SARIF 2.1.0) or github (workflow annotations).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "github");
        var asOf = AsOfOption();
        var baseline = new Option<string?>("--baseline")
        {
            Description = $"Report only findings not recorded in this baseline file (default: {Baseline.DefaultFileName} if present).",
        };
        var fix = new Option<bool>("--fix")
        {
            Description = "Apply the unambiguous fixes (CL0004 current number, CL0003 same-law article, CL0008 official name), then report what is left.",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "With --fix: print the changes as a unified diff instead of writing them." };
        var jobs = JobsOption();
        var allowEmpty = new Option<bool>("--allow-empty")
        {
            Description = "Pass when the paths hold no file to check (*.md, *.markdown, *.txt); without it that is a warning and exit code 2.",
        };
        var command = new Command("check", "Find the statute citations in articles and check them.") { paths, format, asOf, baseline, fix, dryRun, jobs, allowEmpty };
        command.SetAction(result => Run(
            result.GetValue(paths) ?? [], result.GetValue(format) ?? "text", result.GetValue(asOf), result.GetValue(baseline),
            Console.Out, Console.Error, Console.OpenStandardOutput, result.GetValue(fix), result.GetValue(dryRun), result.GetValue(jobs),
            result.GetValue(allowEmpty)));
        return command;
    }

    internal static int Run(
        IReadOnlyList<string> paths, string format, string? asOfText, string? baselineFile, TextWriter output, TextWriter errors, Func<Stream> openOutput,
        bool fix = false, bool dryRun = false, int jobs = 0, bool allowEmpty = false)
    {
        if (jobs <= 0)
            jobs = Environment.ProcessorCount;
        if (dryRun && !fix)
        {
            errors.WriteLine("citationlint: error: --dry-run goes with --fix.");
            return InputError;
        }

        if (!TryParseAsOf(asOfText, errors, out var asOf))
            return InputError;
        Baseline baseline;
        try
        {
            baseline = baselineFile is not null ? Baseline.Read(baselineFile)
                : File.Exists(Baseline.DefaultFileName) ? Baseline.Read(Baseline.DefaultFileName) : Baseline.Empty;
        }
        catch (Exception e) when (e is FormatException or IOException)
        {
            errors.WriteLine($"citationlint: error: {(e is FileNotFoundException ? $"{baselineFile}: no such baseline file" : e.Message)}");
            return InputError;
        }

        var run = new CheckRun(errors) { Jobs = jobs, KeepFingerprints = fix && !dryRun, AllowEmpty = allowEmpty };
        if (!fix && format != "sarif")
            return StreamAndExit(run, paths, asOf, baseline, format, output, openOutput);
        var report = run.Run(paths, asOf, baseline);
        if (fix)
        {
            var fixFailed = !FixRun.Apply(report, dryRun, output, errors);
            if (dryRun) // after the diff, what the fixes would leave, and the exit code check would give it
                return ReportAndExit(FixRun.Remaining(report), format, output, openOutput, fixFailed || run.InputFailed);
            report = new CheckRun(TextWriter.Null) { Jobs = jobs }.Run(paths, asOf, baseline); // what is left after the fixes
            return ReportAndExit(report, format, output, openOutput, fixFailed || run.InputFailed);
        }

        return ReportAndExit(report, format, output, openOutput, run.InputFailed);
    }

    private static int ReportAndExit(CheckReport report, string format, TextWriter output, Func<Stream> openOutput, bool failed)
    {
        switch (format)
        {
            case "json":
                WriteStream(openOutput, stream => JsonReportFormatter.Write(report, stream));
                break;
            case "sarif":
                WriteStream(openOutput, stream => SarifReportFormatter.Write(report, stream, Directory.GetCurrentDirectory()));
                break;
            case "github":
                GitHubReportFormatter.Write(report, output);
                break;
            default:
                TextReportFormatter.Write(report, output);
                break;
        }

        return failed ? InputError : report.Count(DiagnosticSeverity.Error) > 0 ? Failure : Success;
    }

    // Text, JSON and GitHub reports are written while the run goes on: a large repository's analyses are not all
    // kept to the end. (SARIF lists the rules used first; --fix needs every document.)
    private static int StreamAndExit(
        CheckRun run, IReadOnlyList<string> paths, DateOnly asOf, Baseline baseline, string format, TextWriter output, Func<Stream> openOutput)
    {
        var errorCount = 0;
        Stream? stream = null;
        try
        {
            IReportWriter writer = format switch
            {
                "json" => new JsonReportFormatter.Writer(stream = openOutput(), CheckRun.ToolVersion, asOf),
                "github" => new GitHubReportFormatter.Writer(output),
                _ => new TextReportFormatter.Writer(output),
            };
            using (writer)
            {
                run.Stream(paths, asOf, baseline, file =>
                {
                    writer.Add(file);
                    foreach (var diagnostic in file.Diagnostics)
                        errorCount += diagnostic.Severity == DiagnosticSeverity.Error ? 1 : 0;
                });
            }

            stream?.WriteByte((byte)'\n');
        }
        finally
        {
            stream?.Dispose();
        }

        return run.InputFailed ? InputError : errorCount > 0 ? Failure : Success;
    }

    internal static bool TryParseAsOf(string? text, TextWriter errors, out DateOnly asOf)
    {
        asOf = DateOnly.FromDateTime(DateTime.Now);
        if (text is null || DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
            return true;
        errors.WriteLine($"citationlint: error: --as-of '{text}' is not a date in the form YYYY-MM-DD.");
        return false;
    }

    private static void WriteStream(Func<Stream> openOutput, Action<Stream> write)
    {
        using var stream = openOutput();
        write(stream);
        stream.WriteByte((byte)'\n');
    }
}
