using System.Text;
using CitationLint;
using CitationLint.Documents;
using CitationLint.Statutes.Table;
using CitationLint.Syntax;
using CitationLint.Fuzz;
using SharpFuzz;

// fuzz/run.sh runs: afl-fuzz … -- dotnet CitationLint.Fuzz.dll grammar|markdown|editorconfig|baseline|cache
// Any exception escaping a target is a crash; inputs that crash become regression tests
// (tests/CitationLint.Core.Tests/Fuzz/Regressions/{target}/).
var target = args.Length > 0 ? args[0] : "grammar";
Action<byte[]> run = target switch
{
    "grammar" => bytes => CitationFinder.Find(Encoding.UTF8.GetString(bytes)),
    "markdown" => Markdown(new CitationChecker(StatuteTable.Default, () => QuoteIndex.Default, new DateOnly(2026, 1, 1))),
    "editorconfig" or "baseline" or "cache" => ConfigurationReaders.Target(target),
    _ => throw new ArgumentException($"unknown target '{target}': grammar, markdown, editorconfig, baseline or cache"),
};

Fuzzer.OutOfProcess.Run(stream =>
{
    using var bytes = new MemoryStream();
    stream.CopyTo(bytes);
    run(bytes.ToArray());
});

// The markdown target: one checker for the whole run (the grammar target never loads the table).
static Action<byte[]> Markdown(CitationChecker checker) =>
    bytes => checker.Analyze(DocumentReader.Read("fuzz.md", Encoding.UTF8.GetString(bytes), DocumentFormat.Markdown));
