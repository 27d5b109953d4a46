using CitationLint.Rules;

namespace CitationLint.Output;

/// <summary>
/// What a citation turned out to be, as one word (the MCP server's <c>check_text</c>): never a bare true/false, so a
/// reader knows what to do about it.
/// </summary>
public enum CitationVerdict
{
    /// <summary>No finding: the law, the article and any quote check out (for a law-level mention: the law exists).</summary>
    Verified,

    /// <summary>CL0004: the number follows a superseded version; the provision has another number now.</summary>
    Outdated,

    /// <summary>CL0003: the quoted words are another provision's, or no law's.</summary>
    WrongProvision,

    /// <summary>CL0010: the quote is the cited provision with changed words.</summary>
    AlteredQuote,

    /// <summary>CL0005: the law is repealed.</summary>
    Repealed,

    /// <summary>CL0001: no law answers to the name.</summary>
    UnknownLaw,

    /// <summary>CL0002: the article, 款 or 项 does not exist in the version that applies.</summary>
    NoSuchArticle,

    /// <summary>CL0006: 本法/该法/本条/前款 with nothing to refer to.</summary>
    Unresolved,

    /// <summary>CL0011: the table knows the law by name only, or it is a foreign law or an international instrument.</summary>
    NotCheckable,
}

/// <summary>
/// The one table from rule IDs to <see cref="CitationVerdict"/>s. A citation's verdict is that of its first finding in
/// the table's order: what makes the citation uncheckable first (unknown, unresolved, not checkable), then what makes
/// it wrong (no such article, another provision's words), then what makes it stale (repealed, renumbered), then a
/// quote's changed words. CL0007 (malformed), CL0008 (nonstandard name) and CL0009 (numeral style) are notes on how
/// a citation is written and give no verdict.
/// </summary>
public static class CitationVerdicts
{
    /// <summary>The rules that give a verdict, in the order a verdict is chosen by.</summary>
    public static IReadOnlyList<KeyValuePair<string, CitationVerdict>> ByRule { get; } =
    [
        new(UnknownStatuteRule.Id, CitationVerdict.UnknownLaw),
        new(UnresolvedReferenceRule.Id, CitationVerdict.Unresolved),
        new(UncheckedDocumentRule.Id, CitationVerdict.NotCheckable),
        new(NoSuchArticleRule.Id, CitationVerdict.NoSuchArticle),
        new(QuoteMismatchRule.Id, CitationVerdict.WrongProvision),
        new(RepealedStatuteRule.Id, CitationVerdict.Repealed),
        new(OutdatedNumberRule.Id, CitationVerdict.Outdated),
        new(AlteredQuoteRule.Id, CitationVerdict.AlteredQuote),
    ];

    /// <summary>The verdict a finding of rule <paramref name="ruleId"/> gives; null for a note (CL0007, CL0008, CL0009).</summary>
    public static CitationVerdict? ForRule(string ruleId)
    {
        foreach (var entry in ByRule)
        {
            if (string.Equals(entry.Key, ruleId, StringComparison.OrdinalIgnoreCase))
                return entry.Value;
        }

        return null;
    }

    /// <summary>
    /// The finding that decides a citation's verdict among <paramref name="diagnostics"/> (the citation's own), and the
    /// verdict; <see cref="CitationVerdict.Verified"/> and null when none gives one.
    /// </summary>
    public static (CitationVerdict Verdict, Diagnostic? Decisive) Of(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        Diagnostic? decisive = null;
        var rank = ByRule.Count;
        foreach (var diagnostic in diagnostics)
        {
            for (var r = 0; r < rank; r++)
            {
                if (string.Equals(ByRule[r].Key, diagnostic.Id, StringComparison.OrdinalIgnoreCase))
                {
                    (decisive, rank) = (diagnostic, r);
                    break;
                }
            }
        }

        return decisive is null ? (CitationVerdict.Verified, null) : (ByRule[rank].Value, decisive);
    }

    /// <summary>The verdict as the MCP server writes it: verified, outdated, wrong_provision, altered_quote …</summary>
    public static string Name(CitationVerdict verdict) => verdict switch
    {
        CitationVerdict.Verified => "verified",
        CitationVerdict.Outdated => "outdated",
        CitationVerdict.WrongProvision => "wrong_provision",
        CitationVerdict.AlteredQuote => "altered_quote",
        CitationVerdict.Repealed => "repealed",
        CitationVerdict.UnknownLaw => "unknown_law",
        CitationVerdict.NoSuchArticle => "no_such_article",
        CitationVerdict.Unresolved => "unresolved",
        CitationVerdict.NotCheckable => "not_checkable",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };
}
