using System.CommandLine;
using System.Globalization;
using System.Reflection;
using CitationLint.Analysis;
using CitationLint.Documents;
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

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files and folders to check (folders: *.md, *.markdown, *.txt, recursively).",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (MSBuild canonical lines) or json.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var asOf = new Option<string?>("--as-of")
        {
            Description = "Judge citations as of this date (YYYY-MM-DD) instead of today.",
        };

        var command = new Command("check", "Find the statute citations in articles and check them.") { paths, format, asOf };
        command.SetAction(result => Run(
            result.GetValue(paths) ?? [],
            result.GetValue(format) ?? "text",
            result.GetValue(asOf),
            Console.Out,
            Console.Error,
            Console.OpenStandardOutput));
        return command;
    }

    internal static int Run(
        IReadOnlyList<string> paths, string format, string? asOfText, TextWriter output, TextWriter errors, Func<Stream> openOutput)
    {
        var exitCode = Success;
        var asOf = DateOnly.FromDateTime(DateTime.Now);
        if (asOfText is not null && !DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
        {
            errors.WriteLine($"citationlint: error: --as-of '{asOfText}' is not a date in the form YYYY-MM-DD.");
            return InputError;
        }

        var files = new List<string>();
        foreach (var path in paths)
        {
            if (!InputFiles.TryAdd(path, files, out var problem))
            {
                errors.WriteLine($"citationlint: error: {path}: {problem}");
                exitCode = InputError;
            }
        }

        files.Sort(StringComparer.Ordinal);
        var checkedFiles = new List<CheckedDocument>(files.Count);
        var linter = new Linter(DateOnly.FromDateTime(DateTime.Now));
        foreach (var file in files)
        {
            try
            {
                var analysis = DocumentAnalyzer.Analyze(DocumentReader.ReadFile(file), asOf);
                var diagnostics = linter.Lint(analysis).Where(d => d.Severity != DiagnosticSeverity.None).ToList();
                checkedFiles.Add(new CheckedDocument(analysis, diagnostics));
            }
            catch (DocumentReadException e)
            {
                errors.WriteLine($"citationlint: error: {e.Message}");
                exitCode = InputError;
            }
        }

        var report = new CheckReport(ToolVersion(), asOf, checkedFiles);
        if (format == "json")
        {
            using var stream = openOutput();
            JsonReportFormatter.Write(report, stream);
            stream.WriteByte((byte)'\n');
        }
        else
        {
            TextReportFormatter.Write(report, output);
        }

        if (exitCode == Success && report.Count(DiagnosticSeverity.Error) > 0)
            exitCode = Failure;
        return exitCode;
    }

    private static string ToolVersion()
    {
        var version = typeof(CheckCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
