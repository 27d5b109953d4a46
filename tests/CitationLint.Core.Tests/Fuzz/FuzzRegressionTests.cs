using System.Text;
using CitationLint.Documents;
using CitationLint.Syntax;

namespace CitationLint.Core.Tests.Fuzz;

/// <summary>
/// Inputs from fuzzing (fuzz/run.sh) and hand-made hostile ones, through the same targets the harness fuzzes: the
/// grammar over raw text, and the Markdown reader with the whole pipeline and every rule. Each crash the fuzzer
/// finds is added to Fuzz/Regressions/{grammar,markdown}/.
/// </summary>
public sealed class FuzzRegressionTests
{
    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        var root = Path.Combine(AppContext.BaseDirectory, "Fuzz", "Regressions");
        foreach (var target in new[] { "grammar", "markdown" })
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
