namespace CitationLint.Rules;

/// <summary>CL0007: an ill-formed numeral or structure (第十十条, a range that runs backwards).</summary>
public sealed class MalformedCitationRule : IRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "CL0007";

    /// <summary>CL0007 malformed-citation: Syntax, a warning.</summary>
    public static RuleDescriptor Rule { get; } = new(Id, "malformed-citation", RuleCategory.Syntax, DiagnosticSeverity.Warning);

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var check in context.Checks)
        {
            if (check.Reference.WellFormed)
                continue;
            var text = context.TextOf(check.Reference.Span);
            context.Report(Descriptor, check.Reference.Span, null, new RuleMessage(check.Reference.Article is null ? "CL0007_MessageNoNumber" : "CL0007_MessageBadNumber", text));
        }
    }
}
