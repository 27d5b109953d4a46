using CitationLint.Analysis;

namespace CitationLint.Rules;

/// <summary>CL0010: the quote is recognisably the cited provision but changes its words; the message shows them.</summary>
public sealed class AlteredQuoteRule : IRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "CL0010";

    /// <summary>CL0010 altered-quote: Quotation, a warning.</summary>
    public static RuleDescriptor Rule { get; } = new(Id, "altered-quote", RuleCategory.Quotation, DiagnosticSeverity.Warning);

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var check in context.Checks)
        {
            if (check.Quote is not { Verdict: QuoteVerdict.Altered } quote || check.Reference.Statute is not { } law)
                continue;
            var changes = quote.Changes.Take(3).Select(c => (object?)(c.Law.Length > 0 ? new RuleMessage("CL0010_Changed", c.Quoted, c.Law) : new RuleMessage("CL0010_Added", c.Quoted))).ToList();
            var more = quote.Changes.Count > 3 ? new RuleMessage("CL0010_More", quote.Changes.Count - 3) : (object)"";
            context.Report(Descriptor, check.Reference.Span, null, new RuleMessage("CL0010_Message", RuleText.CitedLabel(context, check), law.Title, new RuleMessageList("CL0010_Separator", changes), more));
        }
    }
}
