using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using CitationLint.Analysis;
using CitationLint.Documents;
using CitationLint.Rules;
using Xunit.Abstractions;

namespace CitationLint.Core.Tests.SharedCorpus;

/// <summary>
/// The judicial interpretations cite laws thousands of times, correctly for their own date: checked as of each
/// file's version date, they must give almost no CL0002 (no such article). The remaining ones are listed.
/// </summary>
public sealed partial class SharedCorpusJudicialInterpretationTests(ITestOutputHelper output)
{
    /// <summary>
    /// The CL0002 findings reviewed (2026-11-30): all 19 are right. 15 are in the 2020-12-29 amendment of the 不正当竞争
    /// interpretation, which kept the 1993 numbering of 反不正当竞争法 (第五条第（二）（三）项, 第十条第三款: the 2019 text
    /// has neither); 3 are in the 商标 interpretation of the same day, citing the 2001 商标法's 第二十七条第二款 and
    /// 第四十一条第二、三款; 1 cites 第十六条 of the 执行工作规定（试行） as amended the same day, which no longer has it.
    /// More than this means a regression.
    /// </summary>
    private const int Reviewed = 19;

    [SharedCorpusFact]
    public void SharedCorpus_JudicialInterpretations_AsOfTheirOwnDate_GiveAlmostNoCL0002()
    {
        var files = Directory.EnumerateFiles(SharedCorpus.StatuteSources, "*.md", SearchOption.AllDirectories)
            .Where(f => f.Replace('\\', '/').Contains("/司法解释/", StringComparison.Ordinal))
            .ToList();
        var findings = new ConcurrentBag<string>();
        var citations = 0;
        Parallel.ForEach(files, file =>
        {
            var match = FileDate().Match(Path.GetFileName(file));
            if (!match.Success)
                return;
            var date = DateOnly.ParseExact(match.Groups[1].Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var analysis = DocumentAnalyzer.Analyze(DocumentReader.Read(file, File.ReadAllText(file), DocumentFormat.Markdown), date);
            Interlocked.Add(ref citations, analysis.References.Count(r => r.Statute is not null && r.Article is not null));
            foreach (var diagnostic in new Linter(date).Lint(analysis).Where(d => d.Id == "CL0002"))
            {
                var position = analysis.Document.GetPosition(diagnostic.Span.Start);
                findings.Add($"{Path.GetFileName(file)}({position.Line}): {analysis.Document.GetText(diagnostic.Span)} — {diagnostic.Message}");
            }
        });

        foreach (var finding in findings.Order(StringComparer.Ordinal))
            output.WriteLine(finding);
        output.WriteLine($"{findings.Count} CL0002 in {citations} resolved article citations of {files.Count} judicial interpretations");
        Assert.True(citations > 3000, $"only {citations} citations checked");
        Assert.True(findings.Count <= Reviewed, $"{findings.Count} CL0002 (reviewed: {Reviewed}):\n" + string.Join("\n", findings.Order(StringComparer.Ordinal)));
    }

    [GeneratedRegex(@"\((\d{4}-\d{2}-\d{2})\)\.md$")]
    private static partial Regex FileDate();
}
