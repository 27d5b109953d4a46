namespace CitationLint.Rules;

/// <summary>Every rule's descriptor, in ID order (design §4). IDs are never reused.</summary>
public static class RuleCatalog
{
    /// <summary>CL0001: the cited name matches no law.</summary>
    public static readonly RuleDescriptor UnknownStatute = RuleDescriptor.Create(
        "CL0001", "unknown-statute", "Unknown statute",
        "《{0}》 matches no law in the statute table{1}",
        "The cited name is not the name of any law, regulation or judicial interpretation the table knows, nor a known abbreviation.",
        "Resolution", DiagnosticSeverity.Warning);

    /// <summary>CL0002: the article, 款 or 项 does not exist in the version that applies.</summary>
    public static readonly RuleDescriptor NoSuchArticle = RuleDescriptor.Create(
        "CL0002", "no-such-article", "No such article",
        "《{0}》 ({1} version) has no {2}",
        "The cited article, paragraph (款) or item (项) does not exist in the version of the law that applies at the document's date.",
        "Resolution", DiagnosticSeverity.Error);

    /// <summary>CL0003: the quoted text is not the cited provision.</summary>
    public static readonly RuleDescriptor QuoteMismatch = RuleDescriptor.Create(
        "CL0003", "quote-mismatch", "Quote does not match the cited provision",
        "The quoted text is not {0} of 《{1}》: {2}",
        "The text quoted with the citation belongs to another provision, or to none; the message says where its words occur.",
        "Quotation", DiagnosticSeverity.Error);

    /// <summary>CL0004: the number follows a superseded version.</summary>
    public static readonly RuleDescriptor OutdatedNumber = RuleDescriptor.Create(
        "CL0004", "outdated-number", "Outdated article number",
        "{0} of 《{1}》 {2}; since the {3} revision (in force {4}) the provision is {5}",
        "The article number follows a superseded version of the law; the provision now has another number.",
        "Versions", DiagnosticSeverity.Warning);

    /// <summary>CL0005: the law is repealed.</summary>
    public static readonly RuleDescriptor RepealedStatute = RuleDescriptor.Create(
        "CL0005", "repealed-statute", "Repealed statute",
        "《{0}》 was repealed on {1} and replaced by 《{2}》{3}",
        "The cited law has been repealed; the message names its successor and, where it can be determined, the successor article.",
        "Versions", DiagnosticSeverity.Warning);

    /// <summary>CL0006: 本法/该法/前款/本条 with no antecedent.</summary>
    public static readonly RuleDescriptor UnresolvedReference = RuleDescriptor.Create(
        "CL0006", "unresolved-reference", "Unresolved relative reference",
        "{0} refers to no law: nothing before it says which law is meant",
        "A relative reference (本法, 该法, 同法, 本条, 前款) has no antecedent in the text.",
        "Resolution", DiagnosticSeverity.Warning);

    /// <summary>CL0007: ill-formed numeral or structure.</summary>
    public static readonly RuleDescriptor MalformedCitation = RuleDescriptor.Create(
        "CL0007", "malformed-citation", "Malformed citation",
        "{0} is malformed: {1}",
        "The citation's numeral or structure is ill-formed (第十十条, 《民法典》第条, a range that runs backwards).",
        "Syntax", DiagnosticSeverity.Warning);

    /// <summary>CL0008: informal or non-official name.</summary>
    public static readonly RuleDescriptor NonstandardName = RuleDescriptor.Create(
        "CL0008", "nonstandard-name", "Non-standard law name",
        "{0} is {1} name; {2} 《{3}》{4}",
        "The law is cited by an abbreviation or informal name (民诉法), or by a misspelt name one law clearly answers to (《民法点》), rather than its official title.",
        "Style", DiagnosticSeverity.Suggestion);

    /// <summary>CL0009: Arabic and Chinese numerals mixed in one document.</summary>
    public static readonly RuleDescriptor NumeralStyle = RuleDescriptor.Create(
        "CL0009", "numeral-style", "Mixed numeral styles",
        "{0} uses {1} numerals; most article numbers in this document use {2} numerals",
        "Article numbers in one document mix Arabic (第1032条) and Chinese (第一千零三十二条) numerals. Off by default.",
        "Style", DiagnosticSeverity.None);

    /// <summary>CL0010: the quote is the cited provision with changed words.</summary>
    public static readonly RuleDescriptor AlteredQuote = RuleDescriptor.Create(
        "CL0010", "altered-quote", "Altered quote",
        "The quote changes the words of {0} of 《{1}》: {2}",
        "The quote is recognisably the cited provision but changes its words beyond omissions marked with …… or 等.",
        "Quotation", DiagnosticSeverity.Warning);

    /// <summary>CL0011: a document known by name only; its articles are not checked.</summary>
    public static readonly RuleDescriptor UncheckedDocument = RuleDescriptor.Create(
        "CL0011", "unchecked-document", "Document known by name only",
        "《{0}》 is {2}: the statute table does not hold its text, so {1} is not checked",
        "The cited document is real — listed in the catalog by name, or another country's law or an international instrument — but its text is not in the table, so its articles and quotes cannot be checked.",
        "Resolution", DiagnosticSeverity.Suggestion);

    /// <summary>All descriptors, in ID order.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        UnknownStatute, NoSuchArticle, QuoteMismatch, OutdatedNumber, RepealedStatute, UnresolvedReference,
        MalformedCitation, NonstandardName, NumeralStyle, AlteredQuote, UncheckedDocument,
    ];

    /// <summary>The descriptor with this ID, or null.</summary>
    public static RuleDescriptor? Find(string id)
    {
        foreach (var descriptor in All)
        {
            if (string.Equals(descriptor.Id, id, StringComparison.OrdinalIgnoreCase))
                return descriptor;
        }

        return null;
    }
}
