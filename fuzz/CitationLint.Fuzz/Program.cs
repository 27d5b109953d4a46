using System.Text;
using CitationLint;
using CitationLint.Documents;
using CitationLint.Statutes.Table;
using CitationLint.Syntax;
using SharpFuzz;

// fuzz/run.sh runs: afl-fuzz … -- dotnet CitationLint.Fuzz.dll grammar|markdown
// Any exception escaping a target is a crash; inputs that crash become regression tests
// (tests/CitationLint.Core.Tests/Fuzz/Regressions/{target}/).
var target = args.Length > 0 ? args[0] : "grammar";
Action<string> run = target switch
{
    "grammar" => text => CitationFinder.Find(text),
    "markdown" => Markdown(new CitationChecker(StatuteTable.Default, () => QuoteIndex.Default, new DateOnly(2026, 1, 1))),
    _ => throw new ArgumentException($"unknown target '{target}': grammar or markdown"),
};

Fuzzer.OutOfProcess.Run(stream =>
{
    using var reader = new StreamReader(stream, Encoding.UTF8);
    run(reader.ReadToEnd());
});

// The markdown target: one checker for the whole run (the grammar target never loads the table).
static Action<string> Markdown(CitationChecker checker) =>
    text => checker.Analyze(DocumentReader.Read("fuzz.md", text, DocumentFormat.Markdown));
