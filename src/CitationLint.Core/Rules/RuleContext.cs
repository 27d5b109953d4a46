using System.Globalization;
using CitationLint.Analysis;
using CitationLint.Statutes.Table;
using CitationLint.Syntax;

namespace CitationLint.Rules;

/// <summary>
/// What a rule sees: the analyzed document, its provision checks and the table; and where it reports, in the
/// language of <paramref name="culture"/>.
/// </summary>
public sealed class RuleContext(AnalyzedDocument document, IReadOnlyList<ProvisionCheck> checks, StatuteTable table, CultureInfo culture)
{
    private readonly List<Diagnostic> _diagnostics = [];

    /// <summary>The document, its citations and references.</summary>
    public AnalyzedDocument Document { get; } = document;

    /// <summary>One check per reference, in order.</summary>
    public IReadOnlyList<ProvisionCheck> Checks { get; } = checks;

    /// <summary>The statute table.</summary>
    public StatuteTable Table { get; } = table;

    /// <summary>What the rules reported, at their default severities.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>The language messages are written in.</summary>
    public CultureInfo Culture { get; } = culture;

    /// <summary>Reports a finding of <paramref name="descriptor"/>: its message in <see cref="Culture"/>'s language, and in English.</summary>
    public void Report(RuleDescriptor descriptor, TextSpan span, Fix? fix, RuleMessage message)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(message);
        var english = message.Format(CultureInfo.InvariantCulture);
        var shown = MessageLanguage.IsChinese(Culture) ? message.Format(Culture) : english;
        _diagnostics.Add(new Diagnostic(descriptor, descriptor.DefaultSeverity, span, shown, fix) { EnglishMessage = english, Source = message });
    }

    /// <summary>The text of a span of the document.</summary>
    public string TextOf(TextSpan span) => Document.Document.GetText(span);
}

/// <summary>One rule: reads the resolved model, reports diagnostics.</summary>
public interface IRule
{
    /// <summary>The rule's descriptor.</summary>
    RuleDescriptor Descriptor { get; }

    /// <summary>Checks one document.</summary>
    void Analyze(RuleContext context);
}
