using System.CommandLine;
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
        var inputs = new InputOptions();
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (MSBuild canonical lines), json, jsonl (one file's JSON object a line, streamed), sarif (SARIF 2.1.0) or github (workflow annotations).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "jsonl", "sarif", "github");
        var asOf = AsOfOption();
        var baseline = new Option<string?>("--baseline")
        {
            Description = $"Report only findings not recorded in this baseline file (default: {Baseline.DefaultFileName} in the current folder or the nearest folder above it, up to the repository root, if there is one).",
        };
        var fix = new Option<bool>("--fix")
        {
            Description = "Apply the unambiguous fixes (CL0004 current number, CL0003 same-law article, CL0008 official name), then report what is left. With - as the only path: write the fixed document to standard output, and the report to standard error.",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "With --fix: print the changes as a unified diff instead of writing them." };
        var shard = new Option<string?>("--shard")
        {
            HelpName = "K/N",
            Description = "Check only part K of N (1/4 … 4/4) of the files: a stable split by path, the same on every machine with the same checkout, so N runs (jobs, machines) check every file exactly once. Each part's report, summary and exit code are its own; merge --format jsonl outputs by concatenating them.",
        };
        var cache = new Option<string?>("--cache")
        {
            HelpName = "DIR",
            Description = "Keep each file's result in this folder and reuse it while the file's bytes, path, .editorconfig severities, baseline entries, language, date (today or --as-of) and CitationLint build are the same: re-runs check only what changed. The output is the same as without it; standard error tells how many files came from the cache. Runs may share the folder. Not with --fix.",
        };
        var jobs = JobsOption();
        var lang = OutputLanguage.CreateOption();
        var noColor = NoColorOption();
        var command = new Command("check", "Find the statute citations in articles and check them.") { format, asOf, baseline, fix, dryRun, shard, cache, jobs, lang, noColor };
        inputs.AddTo(command);
        command.SetAction(result => Run(
            inputs.Read(result), result.GetValue(format) ?? "text", result.GetValue(asOf), result.GetValue(baseline),
            Terminal.OfConsole(result.GetValue(noColor)), OutputLanguage.Of(result.GetValue(lang)),
            result.GetValue(fix), result.GetValue(dryRun), result.GetValue(jobs), result.GetValue(shard), result.GetValue(cache)));
        return command;
    }

    /// <summary><c>--no-color</c>: no colour even on a terminal (as NO_COLOR).</summary>
    public static Option<bool> NoColorOption() => new("--no-color")
    {
        Description = "Do not colour the severities (text output on a terminal is coloured unless NO_COLOR is set or CI=true).",
    };

    internal static int Run(
        Inputs inputs, string format, string? asOfText, string? baselineFile, Terminal terminal, OutputLanguage language,
        bool fix = false, bool dryRun = false, int jobs = 0, string? shardText = null, string? cacheFolder = null)
    {
        var errors = terminal.Errors;
        if (jobs <= 0)
            jobs = Environment.ProcessorCount;
        if (dryRun && !fix)
        {
            errors.WriteLine(language.Error(language.Text("DryRunWithoutFix")));
            return InputError;
        }

        if (fix && cacheFolder is not null)
        {
            errors.WriteLine(language.Error(language.Text("CacheWithFix")));
            return InputError;
        }

        // --fix on standard input: the fixed document is what goes to standard output, so the report goes to
        // standard error, and no other file's report can share the output.
        var fixesStandardInput = fix && !dryRun && inputs.ReadsStandardInput;
        if (fixesStandardInput && inputs.Paths.Count > 1)
        {
            errors.WriteLine(language.Error(language.Text("FixStandardInputAlone")));
            return InputError;
        }

        if (!inputs.Validate(errors, language) || !TryParseShard(shardText, inputs, errors, language, out var shard)
            || !TryParseAsOf(asOfText, errors, language, out var asOf) || !TryReadBaseline(baselineFile, errors, language, out var baseline))
            return InputError;
        var cache = cacheFolder is null ? null : new Caching.ResultCache(cacheFolder);
        var run = new CheckRun(errors, language) { Jobs = jobs, KeepFingerprints = fix && !dryRun, Shard = shard, Cache = cache };
        if (!fix)
            return StreamAndExit(run, inputs, asOf, baseline, format, terminal, language);
        var report = run.Run(inputs, asOf, baseline);
        if (fixesStandardInput)
        {
            if (report.Files.Count == 1)
            {
                using var standardOutput = terminal.OpenOutput();
                FixRun.WriteFixed(report.Files[0], standardOutput);
            }
            else if (!run.InputFailed)
            {
                errors.WriteLine(language.Error(language.Text("StandardInputNotADocument", inputs.StandardInputName)));
            }

            var reportToErrors = terminal with { Output = errors, OpenOutput = terminal.OpenErrors, Color = terminal.ErrorsColor };
            return ReportAndExit(FixRun.Remaining(report), format, reportToErrors, language, run.InputFailed || report.Files.Count == 0);
        }

        if (fix)
        {
            var fixFailed = !FixRun.Apply(report, dryRun, terminal.Output, errors, language);
            if (dryRun) // after the diff, what the fixes would leave, and the exit code check would give it
                return ReportAndExit(FixRun.Remaining(report), format, terminal, language, fixFailed || run.InputFailed);
            report = new CheckRun(TextWriter.Null, language) { Jobs = jobs, Shard = shard }.Run(inputs, asOf, baseline); // what is left after the fixes
            return ReportAndExit(report, format, terminal, language, fixFailed || run.InputFailed);
        }

        return ReportAndExit(report, format, terminal, language, run.InputFailed);
    }

    /// <summary>
    /// The baseline a run applies: <paramref name="file"/> (--baseline), else the default file in the current folder
    /// or the nearest folder above it up to the repository root (<see cref="RepositoryFolders"/>), else none. Its
    /// paths are relative to the folder it is in. False, with the error written, when it cannot be read.
    /// </summary>
    internal static bool TryReadBaseline(string? file, TextWriter errors, OutputLanguage language, out Baseline baseline)
    {
        file ??= RepositoryFolders.UpFrom(Directory.GetCurrentDirectory())
            .Select(folder => Path.Combine(folder, Baseline.DefaultFileName))
            .FirstOrDefault(File.Exists);
        baseline = Baseline.Empty;
        try
        {
            if (file is not null)
                baseline = Baseline.Read(file);
            return true;
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            errors.WriteLine(language.Error(e is FileNotFoundException ? language.Text("NoSuchBaseline", file) : e.Message));
            return false;
        }
    }

    // The messages are in the run's language already (the checker wrote them); the formatters add the summary line
    // (text) and the rules' descriptions (SARIF) in it.
    private static int ReportAndExit(CheckReport report, string format, Terminal terminal, OutputLanguage language, bool failed)
    {
        switch (format)
        {
            case "json":
                WriteStream(terminal.OpenOutput, stream => JsonReportFormatter.Write(report, stream));
                break;
            case "jsonl":
                WriteStream(terminal.OpenOutput, stream => report.WriteTo(new JsonReportFormatter.LinesWriter(stream)));
                break;
            case "sarif":
                WriteStream(terminal.OpenOutput, stream => SarifReportFormatter.Write(report, stream, Directory.GetCurrentDirectory(), language.Culture));
                break;
            case "github":
                GitHubReportFormatter.Write(report, terminal.Output);
                break;
            default:
                TextReportFormatter.Write(report, terminal.Output, language.Culture, terminal.Color);
                break;
        }

        return failed ? InputError : report.Count(DiagnosticSeverity.Error) > 0 ? Failure : Success;
    }

    // Text, JSON and GitHub reports are written while the run goes on: a large repository's analyses are not all
    // kept to the end. SARIF lists the rules used first: it keeps the files' reports (not their analyses) to the end.
    private static int StreamAndExit(CheckRun run, Inputs inputs, DateOnly asOf, Baseline baseline, string format, Terminal terminal, OutputLanguage language)
    {
        var errorCount = 0;
        Stream? stream = null; // the JSON object's, which ends with a line break
        Stream? lines = null;
        var sarif = format == "sarif" ? new List<FileReport>() : null;
        try
        {
            IReportWriter? writer = format switch
            {
                "sarif" => null,
                "json" => new JsonReportFormatter.Writer(stream = terminal.OpenOutput(), ToolVersion.Current, asOf),
                "jsonl" => new JsonReportFormatter.LinesWriter(lines = terminal.OpenOutput()),
                "github" => new GitHubReportFormatter.Writer(terminal.Output),
                _ => new TextReportFormatter.Writer(terminal.Output, language.Culture, terminal.Color),
            };
            using (writer)
            {
                run.StreamReports(inputs, asOf, baseline, file =>
                {
                    writer?.Add(file);
                    sarif?.Add(file);
                    errorCount += file.Count(DiagnosticSeverity.Error);
                });
            }

            stream?.WriteByte((byte)'\n');
        }
        finally
        {
            stream?.Dispose();
            lines?.Dispose();
        }

        if (sarif is not null)
            WriteStream(terminal.OpenOutput, output => SarifReportFormatter.Write(ToolVersion.Current, sarif, output, Directory.GetCurrentDirectory(), language.Culture));
        return run.InputFailed ? InputError : errorCount > 0 ? Failure : Success;
    }

    // --shard K/N: two whole numbers, 1 ≤ K ≤ N; not with standard input, which has no path to split by.
    private static bool TryParseShard(string? text, Inputs inputs, TextWriter errors, OutputLanguage language, out Shard? shard)
    {
        shard = text is null ? null : Shard.Parse(text);
        var problem = text is null ? null
            : shard is null ? language.Text("ShardNotValid", text)
            : inputs.ReadsStandardInput ? language.Text("ShardStandardInput")
            : null;
        if (problem is not null)
            errors.WriteLine(language.Error(problem));
        return problem is null;
    }

    internal static bool TryParseAsOf(string? text, TextWriter errors, OutputLanguage language, out DateOnly asOf)
    {
        asOf = LocalClock.Today;
        if (text is null || DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
            return true;
        errors.WriteLine(language.Error(language.Text("AsOfNotADate", text)));
        return false;
    }

    private static void WriteStream(Func<Stream> openOutput, Action<Stream> write)
    {
        using var stream = openOutput();
        write(stream);
        stream.WriteByte((byte)'\n');
    }
}
