using CitationLint.Rules;

namespace CitationLint.Fixes;

/// <summary>
/// Chooses the fixes `check --fix` applies: only those of rules whose descriptor says they are fixable, whose fixes are
/// unambiguous (design §9) — CL0004's current number, CL0003's article when the words are exactly one article of the
/// same law, CL0008's official name — and never two that touch the same text.
/// </summary>
public static class FixPlanner
{
    /// <summary>The fixes to apply to a document's text, in text order, none overlapping.</summary>
    public static IReadOnlyList<Fix> Plan(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var fixes = new List<Fix>();
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Fix?.Span.Start ?? 0))
        {
            if (diagnostic.Fix is not { } fix || !diagnostic.Descriptor.Fixable)
                continue;
            if (fixes.Count > 0 && fixes[^1].Span.End > fix.Span.Start)
                continue; // overlapping: the first one wins, the next run takes the rest
            fixes.Add(fix);
        }

        return fixes;
    }

    /// <summary>The text with the fixes applied.</summary>
    public static string Apply(string text, IReadOnlyList<Fix> fixes)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fixes);
        var result = new System.Text.StringBuilder(text.Length);
        var position = 0;
        foreach (var fix in fixes)
        {
            result.Append(text, position, fix.Span.Start - position).Append(fix.Replacement);
            position = fix.Span.End;
        }

        return result.Append(text, position, text.Length - position).ToString();
    }
}
