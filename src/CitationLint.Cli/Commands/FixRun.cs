using CitationLint.Documents;
using CitationLint.Fixes;
using CitationLint.Output;
using CitationLint.Rules;

namespace CitationLint.Cli.Commands;

/// <summary>`check --fix`: applies the unambiguous fixes of a check, or prints them as a unified diff.</summary>
internal static class FixRun
{
    /// <summary>Applies (or, dry, prints) the fixes, saying what it did in <paramref name="language"/>; false when a file could not be fixed.</summary>
    public static bool Apply(CheckReport report, bool dryRun, TextWriter output, TextWriter errors, OutputLanguage language)
    {
        var ok = true;
        foreach (var file in report.Files)
        {
            var document = file.Analysis.Document;
            var fixes = FixPlanner.Plan(file.Diagnostics);
            if (fixes.Count == 0)
                continue;
            var fixedText = FixPlanner.Apply(document.Text, fixes);
            if (dryRun)
            {
                output.Write(UnifiedDiff.Create(document.Path, document.Text, fixedText));
                continue;
            }

            FileRewriter.Outcome outcome;
            try
            {
                outcome = FileRewriter.Write(document.Path, fixedText, document.Fingerprint!, document.Encoding);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.WriteLine(language.Error(language.Text("NotFixed", document.Path, e.Message)));
                ok = false;
                continue;
            }

            switch (outcome)
            {
                case FileRewriter.Outcome.Written:
                    errors.WriteLine(language.Text("ToolLine", language.Text(fixes.Count == 1 ? "FixedOne" : "FixedOther", fixes.Count, document.Path)));
                    break;
                case FileRewriter.Outcome.ReadOnly:
                    errors.WriteLine(language.Error(language.Text("NotFixedReadOnly", document.Path)));
                    ok = false;
                    break;
                default:
                    errors.WriteLine(language.Error(language.Text("NotFixedChanged", document.Path)));
                    ok = false;
                    break;
            }
        }

        return ok;
    }

    /// <summary>
    /// <c>check --fix -</c>: standard input's document with its unambiguous fixes applied (as it was read where none
    /// apply) written to <paramref name="output"/>, in the encoding it was read in (BOM included).
    /// </summary>
    public static void WriteFixed(CheckedDocument file, Stream output)
    {
        var document = file.Analysis.Document;
        var encoding = DocumentReader.EncodingFor(document.Encoding);
        output.Write(encoding.GetPreamble());
        output.Write(encoding.GetBytes(FixPlanner.Apply(document.Text, FixPlanner.Plan(file.Diagnostics))));
    }

    /// <summary>The report with the findings the fixes take care of left out: what a run after them would report.</summary>
    public static CheckReport Remaining(CheckReport report)
    {
        var files = new List<CheckedDocument>(report.Files.Count);
        foreach (var file in report.Files)
        {
            var fixes = new HashSet<Fix>(FixPlanner.Plan(file.Diagnostics));
            files.Add(file with { Diagnostics = [.. file.Diagnostics.Where(d => d.Fix is null || !fixes.Contains(d.Fix))] });
        }

        return report with { Files = files };
    }
}
