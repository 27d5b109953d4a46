using System.CommandLine;
using System.Diagnostics;
using CitationLint.Statutes.Import;
using CitationLint.Statutes.Table;

namespace CitationLint.Cli.Commands;

/// <summary>
/// <c>citationlint statutes import SOURCE</c> rebuilds statutes/ from the official texts; <c>citationlint statutes
/// info</c> describes the bundled table and how long it takes to load.
/// </summary>
internal static class StatutesCommand
{
    public static Command Create()
    {
        var source = Operands.One("source", "The folder of source texts (../shared/statutes-src).");
        var output = new Option<string>("--output")
        {
            Description = "The statutes/ folder to write (it must hold reviewed/; default: ./statutes).",
            DefaultValueFactory = _ => "statutes",
        };
        var import = new Command("import", "Import statute texts into statutes/: versions, catalog, names, renumbering maps.") { source, output };
        import.SetAction(result => Import(result.GetValue(source)!, result.GetValue(output)!, Console.Out, Console.Error));
        var info = new Command("info", "Describe the bundled statute table: laws, versions, articles, and how long it takes to load.");
        info.SetAction(_ => Info(Console.Out));
        return new Command("statutes", "Maintain the bundled statute table.") { import, info };
    }

    internal static int Info(TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        var table = StatuteTable.LoadBundled();
        var tableTime = clock.Elapsed;
        clock.Restart();
        var index = QuoteIndex.Read(table);
        var indexTime = clock.Elapsed;
        output.WriteLine($"Bundled statute table: {table.LawCount} laws, {table.VersionCount} versions, {table.ArticleCount} articles ({index.TextCount} distinct texts).");
        output.WriteLine($"Loaded in {tableTime.TotalMilliseconds:0.0} ms; its quote index opened in {indexTime.TotalMilliseconds:0.00} ms.");
        return CheckCommand.Success;
    }

    internal static int Import(string source, string output, TextWriter progress, TextWriter errors)
    {
        if (!Directory.Exists(source))
        {
            errors.WriteLine($"citationlint: error: {source}: no such folder");
            return CheckCommand.InputError;
        }

        if (!Directory.Exists(Path.Combine(output, "reviewed")))
        {
            errors.WriteLine($"citationlint: error: {output}: not a statutes folder (it has no reviewed/); run from the repository root or pass --output");
            return CheckCommand.InputError;
        }

        var clock = Stopwatch.StartNew();
        progress.WriteLine($"Importing {source} into {output} …");
        ImportReport report;
        try
        {
            report = StatuteImporter.Import(source, output, progress);
        }
        catch (FormatException e)
        {
            errors.WriteLine($"citationlint: error: {e.Message}");
            return CheckCommand.InputError;
        }

        foreach (var note in report.Skipped)
            progress.WriteLine($"  skipped {note}");
        foreach (var problem in report.Problems)
            errors.WriteLine($"citationlint: error: {problem}");
        progress.WriteLine($"Imported {report.SourceFiles} source files: {report.Laws} laws, {report.Versions} versions, {report.Problems.Count} problems, in {clock.Elapsed.TotalSeconds:0.0} s.");
        progress.WriteLine($"Review the maps: {Path.Combine(output, "maps", "REPORT.md")}");
        return report.Problems.Count == 0 ? CheckCommand.Success : CheckCommand.InputError;
    }
}
