using CitationLint.Analysis;
using CitationLint.Rules;

namespace CitationLint.Configuration;

/// <summary>
/// What the user configured, applied to a document's diagnostics in one place for every host: severities from
/// .editorconfig (none drops a rule), inline disable comments, and the baseline.
/// </summary>
public sealed class DiagnosticPolicy(EditorConfigSeverities severities, Baseline baseline)
{
    private readonly Func<Baseline.Entry, bool> _isNew = baseline.NewFilter();

    /// <summary>The .editorconfig severities in use.</summary>
    public EditorConfigSeverities Severities { get; } = severities;

    /// <summary>The diagnostics left to report, at their configured severities.</summary>
    public List<Diagnostic> Apply(AnalyzedDocument analysis, IReadOnlyList<Diagnostic> diagnostics) => Apply(analysis, diagnostics, out _);

    /// <summary>
    /// The diagnostics left to report, at their configured severities; <paramref name="forgiven"/> counts those the
    /// baseline forgave (a rule turned off or a disable comment forgives nothing).
    /// </summary>
    public List<Diagnostic> Apply(AnalyzedDocument analysis, IReadOnlyList<Diagnostic> diagnostics, out int forgiven)
    {
        forgiven = 0;
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var document = analysis.Document;
        var inline = InlineSuppressions.Read(document);
        var severities = Severities.ForFile(document.Path);
        var kept = new List<Diagnostic>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            var severity = severities.SeverityFor(diagnostic.Descriptor);
            if (severity == DiagnosticSeverity.None || inline.Suppresses(diagnostic, document))
                continue;
            if (!_isNew(Baseline.EntryFor(document.Path, diagnostic, document.GetText(diagnostic.Span))))
            {
                forgiven++;
                continue;
            }

            kept.Add(diagnostic with { Severity = severity });
        }

        return kept;
    }
}
