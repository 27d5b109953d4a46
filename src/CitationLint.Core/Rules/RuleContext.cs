using CitationLint.Analysis;
using CitationLint.Statutes.Table;
using CitationLint.Syntax;

namespace CitationLint.Rules;

/// <summary>What a rule sees: the analyzed document, its provision checks and the table; and where it reports.</summary>
public sealed class RuleContext(AnalyzedDocument document, IReadOnlyList<ProvisionCheck> checks, StatuteTable table)
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

    /// <summary>Reports a finding of <paramref name="descriptor"/> with its message arguments.</summary>
    public void Report(RuleDescriptor descriptor, TextSpan span, Fix? fix, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var message = string.Format(System.Globalization.CultureInfo.InvariantCulture, descriptor.MessageFormat, arguments);
        _diagnostics.Add(new Diagnostic(descriptor, descriptor.DefaultSeverity, span, message, fix));
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
