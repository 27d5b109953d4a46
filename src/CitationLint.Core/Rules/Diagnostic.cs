using CitationLint.Syntax;

namespace CitationLint.Rules;

/// <summary>A replacement that fixes a finding: the text of <paramref name="Span"/> becomes <paramref name="Replacement"/>.</summary>
public sealed record Fix(TextSpan Span, string Replacement);

/// <summary>One finding: a rule, where, what, and how to fix it.</summary>
/// <param name="Descriptor">The rule.</param>
/// <param name="Severity">The effective severity (after configuration).</param>
/// <param name="Span">The citation's text in the document.</param>
/// <param name="Message">The formatted message, in the language the run asked for.</param>
/// <param name="Fix">The fix, when there is an unambiguous one.</param>
public sealed record Diagnostic(RuleDescriptor Descriptor, DiagnosticSeverity Severity, TextSpan Span, string Message, Fix? Fix)
{
    /// <summary>The message in English: what a baseline records and matches, whatever the language of the run.</summary>
    public string EnglishMessage { get; init; } = Message;

    /// <summary>
    /// The message as the rule wrote it, to be shown in another language (the analyzer's, in the IDE's language); null
    /// for a diagnostic made elsewhere.
    /// </summary>
    public RuleMessage? Source { get; init; }

    /// <summary>The rule ID.</summary>
    public string Id => Descriptor.Id;
}
