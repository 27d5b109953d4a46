using System.ComponentModel;
using System.Text.Json.Serialization;

namespace CitationLint.Cli.Mcp;

// What the MCP tools return, as structured content with an output schema (and the same JSON as text). Field names are
// camelCase; dates are YYYY-MM-DD; articles are Arabic digits with 之一 as -1 ("293-1"), as in `check --format json`.

/// <summary>check_text's answer.</summary>
internal sealed record CheckTextResult(
    [property: Description("The date the text was judged as of: its own (front matter date:, a 发布时间 line), else the date given, else today.")] string AsOf,
    [property: Description("The language of the messages: en or zh-CN.")] string Language,
    [property: Description("How many citations have each verdict.")] IReadOnlyDictionary<string, int> Verdicts,
    [property: Description("Every statute citation found, in text order, one per article cited (a range written once is one entry).")] IReadOnlyList<CitationResult> Citations,
    [property: Description("Findings on no citation's text (rare).")] IReadOnlyList<FindingResult> OtherFindings);

/// <summary>One citation of check_text's answer.</summary>
internal sealed record CitationResult(
    [property: Description("The citation as written.")] string Text,
    [property: Description("1-based line of its start.")] int Line,
    [property: Description("1-based column of its start, in UTF-16 code units.")] int Column,
    int EndLine,
    int EndColumn,
    [property: Description("verified (no finding), outdated (renumbered since), wrong_provision (the quoted words are another article's or no law's), altered_quote (the cited article with changed words), repealed, unknown_law, no_such_article, unresolved (本法/该法/本条/前款 with nothing to refer to) or not_checkable (a law the table knows by name only, or a foreign law).")] string Verdict,
    [property: Description("The law's official title; null when the name matches no law in the table.")] string? Law,
    [property: Description("The date of the law's version the citation was judged against.")] string? Version,
    [property: Description("The article cited: Arabic digits, 之一 as -1; null for a mention of the law alone.")] string? Article,
    [property: Description("The article as statutes write it: 第一千零三十二条.")] string? ArticleLabel,
    [property: Description("A range's last article (第十条至第十二条: 12).")] string? Through,
    [property: Description("The 款 cited.")] int? Paragraph,
    [property: Description("The 项 cited.")] int? Item,
    [property: Description("The text quoted with the citation.")] string? Quote,
    [property: Description("What the version and number were judged by, when words decided them.")] EvidenceResult? Evidence,
    [property: Description("For wrong_provision: the provisions whose words the quote is.")] IReadOnlyList<ProvisionReference> QuoteFoundIn,
    [property: Description("For altered_quote: the quote's words and the law's words in their place.")] IReadOnlyList<QuoteChange> QuoteChanges,
    [property: Description("The message of the finding that gave the verdict; null for verified.")] string? Message,
    [property: Description("The citation corrected, when a correction is certain: the current number, the article the quoted words are, the official name, or for a repealed law the successor's article.")] string? Corrected,
    [property: Description("Every finding on the citation, with the notes on how it is written (CL0007 malformed, CL0008 nonstandard name, CL0009 numeral style) that give no verdict.")] IReadOnlyList<FindingResult> Findings);

/// <summary>What a citation was judged by.</summary>
internal sealed record EvidenceResult(
    [property: Description("quote (quoted words), implicit (statute text pasted after it), paraphrase (the sentence around it) or document (the version the text's other citations of the law follow).")] string Kind,
    [property: Description("The words; null for document.")] string? Words,
    [property: Description("The version whose article the words follow.")] string Version,
    [property: Description("That article's number.")] string Article,
    [property: Description("The share of the words the article holds, 0 to 1.")] double Score);

/// <summary>An article of a version of a law.</summary>
internal sealed record ProvisionReference(string Law, string Version, string Article, string ArticleLabel);

/// <summary>A word a quote changed.</summary>
internal sealed record QuoteChange(
    [property: Description("The quote's words.")] string Quoted,
    [property: Description("The law's words in their place (empty when the quote adds words).")] string Law);

/// <summary>One diagnostic.</summary>
internal sealed record FindingResult(
    [property: Description("The rule ID, CL0001 to CL0011.")] string Id,
    [property: Description("The rule's name: unknown-statute, quote-mismatch …")] string Rule,
    [property: Description("error, warning, suggestion or none (the rule's default).")] string Severity,
    [property: Description("The verdict this finding gives; null for a note.")] string? Verdict,
    string Message,
    [property: Description("The replacement that fixes it, when one is unambiguous.")] FixResult? Fix,
    [property: Description("The rule's documentation page, in the repository.")] string Help);

/// <summary>A fix: the text between the positions becomes the replacement.</summary>
internal sealed record FixResult(string Replacement, int Line, int Column, int EndLine, int EndColumn);

/// <summary>lookup_provision's answer.</summary>
internal sealed record LookupProvisionResult(
    [property: Description("The law's official title.")] string Law,
    [property: Description("How the name matched: exact, alias, variant or misspelt.")] string NameMatch,
    [property: Description("The version the text is from: the one in force on the date asked (today by default).")] VersionResult Version,
    string Article,
    string ArticleLabel,
    [property: Description("The article's heading (its chapter or its own caption), when it has one.")] string? Heading,
    [property: Description("The article's text in that version.")] string Text,
    [property: Description("The date the law was repealed, if it was.")] string? Repealed,
    [property: Description("For a repealed law: the successor law's article that carries this one on.")] ProvisionText? Successor,
    [property: Description("The provision in every version of the law, oldest first: its number and text, or null where a version has no counterpart.")] IReadOnlyList<ProvisionVersionResult> History);

/// <summary>An article with its text.</summary>
internal sealed record ProvisionText(string Law, string Version, string Article, string ArticleLabel, string Text);

/// <summary>A version of a law.</summary>
internal sealed record VersionResult(
    [property: Description("The version's date (adoption or revision).")] string Date,
    [property: Description("制定 (enacted), 修正 or 修订 (revised) …")] string Kind,
    [property: Description("The date it took effect.")] string Effective,
    [property: Description("Whether it is the version in force on the date asked (today by default).")] bool InForce);

/// <summary>The provision in one version of its law.</summary>
internal sealed record ProvisionVersionResult(
    VersionResult Version,
    [property: Description("The provision's number in this version; null where it has no counterpart.")] string? Article,
    string? ArticleLabel,
    string? Text,
    [property: Description("True for the version lookup_provision chose.")] bool Selected);

/// <summary>find_law's answer.</summary>
internal sealed record FindLawResult(
    [property: Description("The name asked for.")] string Name,
    [property: Description("Whether a law in the table answers to the name.")] bool Found,
    [property: Description("How the name matched: exact, alias, variant (no issuer, masked characters …) or misspelt; null when not found.")] string? NameMatch,
    [property: Description("The law; null when not found.")] LawResult? Law,
    [property: Description("When not found: the law the name most likely meant, if one stands out.")] LawResult? Suggestion);

/// <summary>A law of the statute table.</summary>
internal sealed record LawResult(
    [property: Description("The official title: 中华人民共和国民法典.")] string Title,
    [property: Description("The official short title: 民法典.")] string ShortTitle,
    [property: Description("法律, 行政法规, 司法解释 …")] string Level,
    [property: Description("Other names it is cited by (民诉法 …).")] IReadOnlyList<string> Aliases,
    [property: Description("True when the table knows the law by name only, without its text: its articles cannot be checked.")] bool NameOnly,
    [property: Description("The date it was repealed, if it was.")] string? Repealed,
    [property: Description("The law that replaced it.")] string? Successor,
    [property: Description("The versions whose text the table holds, oldest first.")] IReadOnlyList<VersionResult> Versions,
    [property: Description("Adoption and revision dates its latest text lists, including revisions the table has no text of.")] IReadOnlyList<string> RevisionDates);

/// <summary>The tools' JSON contracts, generated at build time (no reflection: the native build serializes them too).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(CheckTextResult))]
[JsonSerializable(typeof(LookupProvisionResult))]
[JsonSerializable(typeof(FindLawResult))]
[JsonSerializable(typeof(string))]
internal sealed partial class McpResultsJson : JsonSerializerContext;
