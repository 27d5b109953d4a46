using System.Text;
using CitationLint.Analysis;
using CitationLint.Rules;
using CitationLint.Syntax;

namespace CitationLint.Output;

/// <summary>
/// One citation as the JSON report lists it — a reference, or a range written once (第七十三条至第八十条) — with the
/// findings on it and the verdict they give (<see cref="CitationVerdicts"/>).
/// </summary>
/// <param name="Reference">The reference (a range's first article).</param>
/// <param name="Through">A range's last article; null for one article.</param>
/// <param name="Check">The reference's provision check: the provision, its evidence, the successor article.</param>
/// <param name="Span">The citation's text: the reference's, through a range's last.</param>
/// <param name="Verdict">What it turned out to be.</param>
/// <param name="Decisive">The finding that gave the verdict; null for <see cref="CitationVerdict.Verified"/>, and where
/// the verdict comes from the law alone (该法第七条 after an unknown law's citation).</param>
/// <param name="Diagnostics">The findings on it, notes (CL0007, CL0008, CL0009) included; a finding about the law
/// (unknown, repealed, not checkable, unresolved) made on a citation's first article is repeated on its others.</param>
/// <param name="Corrected">The citation with its fixes applied (a current number, the article the quoted words are,
/// the official name); for a repealed law whose article the successor carries on, the successor's article. Null
/// when there is nothing to correct or no correction is certain.</param>
public sealed record CitationOutcome(
    ArticleReference Reference,
    ArticleReference? Through,
    ProvisionCheck? Check,
    TextSpan Span,
    CitationVerdict Verdict,
    Diagnostic? Decisive,
    IReadOnlyList<Diagnostic> Diagnostics,
    string? Corrected);

/// <summary>A checked document's citations with their verdicts, and the findings that belong to no citation.</summary>
/// <param name="Citations">In document order, one per citation entry of the JSON report.</param>
/// <param name="Other">Findings on no citation's text.</param>
public sealed record CitationOutcomes(IReadOnlyList<CitationOutcome> Citations, IReadOnlyList<Diagnostic> Other)
{
    /// <summary>The outcomes of <paramref name="result"/>: its references grouped as the JSON report writes them.</summary>
    public static CitationOutcomes From(CheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var references = result.Analysis.References;
        var groups = new List<(int First, int Last, TextSpan Span, List<Diagnostic> Diagnostics)>();
        for (var r = 0; r < references.Count; r++)
        {
            var reference = references[r];
            if (r > 0 && JsonReportFormatter.IsWrittenWith(references[r - 1], reference))
                continue;
            var last = JsonReportFormatter.LastOfRange(references, r);
            groups.Add((r, last, new TextSpan(reference.Span.Start, Math.Max(reference.Span.End, references[last].Span.End)), []));
            r = last;
        }

        // A finding belongs to the citation its text starts in; one on the citation's other text (a version note
        // before the name) to the citation's first entry.
        var other = new List<Diagnostic>();
        foreach (var diagnostic in result.Diagnostics)
        {
            var group = groups.FindIndex(g => g.Span.Start <= diagnostic.Span.Start && diagnostic.Span.Start < g.Span.End);
            if (group < 0)
                group = groups.FindIndex(g => references[g.First].Citation.Span is var c && c.Start <= diagnostic.Span.Start && diagnostic.Span.Start < c.End);
            if (group < 0)
                other.Add(diagnostic);
            else
                groups[group].Diagnostics.Add(diagnostic);
        }

        var outcomes = new List<CitationOutcome>(groups.Count);
        foreach (var (first, last, span, diagnostics) in groups)
        {
            var reference = references[first];
            var check = first < result.Checks.Count ? result.Checks[first] : null;
            var (verdict, decisive) = CitationVerdicts.Of(diagnostics);
            if (decisive is null && LawVerdict(outcomes, reference) is { } inherited)
            {
                (verdict, decisive) = (inherited.Verdict, inherited.Decisive);
                diagnostics.Add(inherited.Decisive!);
            }
            else if (decisive is null)
            {
                verdict = VerdictOfLaw(reference);
            }

            var text = result.Analysis.Document.GetText(span);
            var corrected = Corrected(text, span, diagnostics)
                ?? (verdict == CitationVerdict.Repealed && check?.SuccessorArticle is { } successor
                    ? "《" + successor.Version.Statute.ShortTitle + "》" + successor.Number.ToLabel()
                    : null);
            outcomes.Add(new CitationOutcome(reference, last > first ? references[last] : null, check, span, verdict, decisive, diagnostics, corrected));
        }

        return new CitationOutcomes(outcomes, other);
    }

    // A finding about the law, made on the citation's first article (CL0001, CL0005, CL0006, CL0011), holds for its
    // other articles too.
    private static CitationOutcome? LawVerdict(List<CitationOutcome> outcomes, ArticleReference reference)
    {
        for (var o = outcomes.Count - 1; o >= 0 && ReferenceEquals(outcomes[o].Reference.Citation, reference.Citation); o--)
        {
            if (outcomes[o] is { Decisive: not null, Verdict: CitationVerdict.UnknownLaw or CitationVerdict.Repealed or CitationVerdict.NotCheckable or CitationVerdict.Unresolved } found)
                return found;
        }

        return null;
    }

    // No finding on it: what the law it names makes it (该法第七条 after an unknown law names no law in the table).
    private static CitationVerdict VerdictOfLaw(ArticleReference reference) => reference.Statute switch
    {
        null when reference.Citation.Law is { Kind: LawNameKind.Foreign } => CitationVerdict.NotCheckable,
        null when reference.LawName is null => CitationVerdict.Unresolved,
        null => CitationVerdict.UnknownLaw,
        { Repealed: not null } => CitationVerdict.Repealed,
        { NameOnly: true } => CitationVerdict.NotCheckable,
        _ => CitationVerdict.Verified,
    };

    // The citation's text with the fixes that fall inside it applied, last first; null when none does.
    private static string? Corrected(string text, TextSpan span, List<Diagnostic> diagnostics)
    {
        var fixes = diagnostics.Where(d => d.Fix is { } f && span.Contains(f.Span)).Select(d => d.Fix!)
            .GroupBy(f => f.Span).Select(g => g.First()).OrderByDescending(f => f.Span.Start).ToList();
        if (fixes.Count == 0)
            return null;
        var corrected = new StringBuilder(text);
        var end = int.MaxValue;
        foreach (var fix in fixes)
        {
            if (fix.Span.End > end) // overlapping fixes: no certain correction
                return null;
            corrected.Remove(fix.Span.Start - span.Start, fix.Span.Length).Insert(fix.Span.Start - span.Start, fix.Replacement);
            end = fix.Span.Start;
        }

        return corrected.ToString();
    }
}
