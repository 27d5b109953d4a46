namespace CitationLint.Rules;

/// <summary>
/// The rules' categories (design §4), as constants: the analyzer's descriptors name them at compile time, where the
/// release tracking analyzers read them.
/// </summary>
public static class RuleCategory
{
    /// <summary>Which law and article a citation names.</summary>
    public const string Resolution = "Resolution";

    /// <summary>What a quote says against the provision.</summary>
    public const string Quotation = "Quotation";

    /// <summary>Versions, renumberings and repeals.</summary>
    public const string Versions = "Versions";

    /// <summary>How a citation is written.</summary>
    public const string Syntax = "Syntax";

    /// <summary>Names and numerals.</summary>
    public const string Style = "Style";
}
