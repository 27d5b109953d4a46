using System.Text;
using CitationLint.Documents;
using CitationLint.Syntax;

namespace CitationLint.Core.Tests.Fuzz;

/// <summary>
/// Inputs from fuzzing (fuzz/run.sh) and hand-made hostile ones, through the same targets the harness fuzzes: the
/// grammar over raw text, the Markdown reader with the whole pipeline and every rule, and the .editorconfig reader.
/// Each crash the fuzzer finds is added to Fuzz/Regressions/{grammar,markdown,editorconfig}/.
/// </summary>
public sealed class FuzzRegressionTests
{
    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        var root = Path.Combine(AppContext.BaseDirectory, "Fuzz", "Regressions");
        foreach (var target in new[] { "grammar", "markdown", "editorconfig" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, target)).Order(StringComparer.Ordinal))
                data.Add(target, Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Input_DoesNotCrash_AndSpansStayInTheText(string target, string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fuzz", "Regressions", target, file));
        var text = Encoding.UTF8.GetString(bytes);
        if (target == "editorconfig")
        {
            // As fuzz/CitationLint.Fuzz's editorconfig target: the file read for a document below it, every rule's
            // severity asked for; a file Roslyn cannot read is a warning, never an exception.
            var folder = Directory.CreateTempSubdirectory("citationlint-fuzz-").FullName;
            try
            {
                File.WriteAllBytes(Path.Combine(folder, ".editorconfig"), bytes);
                var severities = new CitationLint.Configuration.EditorConfigSeverities().ForFile(Path.Combine(folder, "docs", "a.md"));
                foreach (var rule in CitationLint.Rules.RuleCatalog.All)
                    Assert.True(Enum.IsDefined(severities.SeverityFor(rule)));
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }

            return;
        }

        if (target == "grammar")
        {
            foreach (var citation in CitationFinder.Find(text))
                Assert.InRange(citation.Span.End, citation.Span.Start, text.Length);
            return;
        }

        foreach (var diagnostic in TestPipeline.Checker(new DateOnly(2026, 1, 1)).Check(DocumentReader.Read("fuzz.md", text, DocumentFormat.Markdown)).Diagnostics)
            Assert.InRange(diagnostic.Span.End, diagnostic.Span.Start, text.Length);
    }
}
