using System.ComponentModel;
using System.Globalization;
using CitationLint.Analysis;
using CitationLint.Documents;
using CitationLint.Output;
using CitationLint.Rules;
using CitationLint.Statutes.Table;
using ModelContextProtocol;

namespace CitationLint.Cli.Mcp;

/// <summary>
/// The MCP server's tools. Each maps its arguments onto the pipeline every host runs (<see cref="CitationChecker"/>,
/// <see cref="ProvisionLookup"/>, <see cref="LawLookup"/>) and its answer onto the records of McpResults.cs;
/// nothing is judged here. A bad argument is an <see cref="McpException"/>: the client gets a tool error with its
/// message.
/// </summary>
/// <param name="table">The statute table.</param>
/// <param name="quoteIndex">The quote index, opened on first need.</param>
/// <param name="today">The host's clock.</param>
/// <param name="defaultCulture">The messages' language when a call names none (the verb's --lang).</param>
internal sealed class CitationTools(StatuteTable table, Func<QuoteIndex> quoteIndex, Func<DateOnly> today, CultureInfo defaultCulture)
{
    public const string CheckTextName = "check_text";
    public const string LookupProvisionName = "lookup_provision";
    public const string FindLawName = "find_law";

    [Description("Finds every citation of a Chinese statute in a text (《民法典》第一千零三十二条, 民诉法第一百一十九条, 本法第五条 …; Markdown or plain text) "
        + "and checks it against CitationLint's versioned statute table: that the law exists and is in force, that the article exists, "
        + "that the number is not stale after a renumbering revision, and that quoted words are the cited article's. Each citation gets a verdict "
        + "(verified, outdated, wrong_provision, altered_quote, repealed, unknown_law, no_such_article, unresolved, not_checkable), the law's "
        + "official title, the version and article it was judged against, the words it was judged by, the message, and the corrected citation "
        + "when a correction is certain. Use it on a draft before publishing it.")]
    public CheckTextResult CheckText(
        [Description("The text to check: an article, an answer, a paragraph (Markdown; code blocks are skipped).")] string text,
        [Description("Run as of this date (YYYY-MM-DD) instead of today, as `citationlint check --as-of`: a text without a date of its own (front matter date:, a 发布时间 line) is judged as of it, and stale numbers are those renumbered by then. Default: today.")] string? date = null,
        [Description("The messages' language: en or zh-CN. Default: the server's (citationlint mcp --lang).")] string? lang = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var culture = MessageLanguage.CultureOf(lang) ?? defaultCulture;
        var checker = new CitationChecker(table, quoteIndex, ParseDate(date, nameof(date)) ?? today(), culture);
        var document = DocumentReader.Read("<text>", text, DocumentFormat.Markdown);
        // The rules' default severities, as a check with no .editorconfig has them: an opt-in rule (CL0009) stays off.
        var found = checker.Check(document);
        var result = found with { Diagnostics = [.. found.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.None)] };
        var outcomes = CitationOutcomes.From(result);
        var citations = outcomes.Citations.Select(o => Citation(document, o, culture)).ToList();
        var verdicts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var citation in citations)
            verdicts[citation.Verdict] = verdicts.GetValueOrDefault(citation.Verdict) + 1;
        return new CheckTextResult(
            Date(result.Analysis.Date),
            MessageLanguage.IsChinese(culture) ? "zh-CN" : "en",
            verdicts,
            citations,
            [.. outcomes.Other.Select(d => Finding(document, d, culture))]);
    }

    [Description("Returns an article of a Chinese law from CitationLint's statute table: its text in the version in force on a date (today by "
        + "default), and its number and text in every version of the law (renumbering revisions move articles: 治安管理处罚法 第四十二条 of 2012 "
        + "is 第五十条 since 2026). The law may be named by its official title, short title, a common abbreviation (民诉法) or a clear misspelling. "
        + "For a repealed law (合同法) it also gives the successor's article (民法典 第五百七十七条).")]
    public LookupProvisionResult LookupProvision(
        [Description("The law: 中华人民共和国民法典, 民法典, 民诉法 …")] string law,
        [Description("The article: 1032, 一千零三十二, 第1032条, 293-1 or 293之一 (第二百九十三条之一).")] string article,
        [Description("A date (YYYY-MM-DD): the version dated that day, else the one in force then. Default: the one in force today.")] string? date = null)
    {
        ArgumentNullException.ThrowIfNull(law);
        var day = ParseDate(date, nameof(date));
        var lookup = ProvisionLookup.Find(table, law, article, day, today());
        switch (lookup.Failure)
        {
            case LookupFailure.UnknownLaw:
                throw new McpException($"No law named '{law}' in the statute table"
                    + (lookup.Law.Suggestion is { } closest ? $"; did you mean 《{closest.Title}》?" : ". find_law lists what a name matches."));
            case LookupFailure.NotAnArticle:
                throw new McpException($"'{article}' is not an article number (try 1032, 一千零三十二 or 293-1).");
            case LookupFailure.NameOnly:
                throw new McpException($"《{lookup.Statute!.Value.Title}》 is known by name only: the statute table does not hold its text.");
            case LookupFailure.NoSuchArticle:
                var which = lookup.Version is { } v ? $"the {Date(v.Date)} version" : "any version";
                throw new McpException($"《{lookup.Statute!.Value.Title}》 has no {lookup.Article!.Value.ToLabel()} in {which}.");
        }

        var provision = lookup.Provision!.Value;
        var statute = provision.Version.Statute;
        var asked = day ?? today();
        return new LookupProvisionResult(
            statute.Title,
            MatchName(lookup.Law.Match!.Value.Kind),
            Version(provision.Version, asked),
            provision.Number.ToString(),
            provision.Number.ToLabel(),
            provision.Heading.Length > 0 ? provision.Heading : null,
            provision.Text,
            statute.Repealed is { } repealed ? Date(repealed) : null,
            lookup.Successor is { } s ? new ProvisionText(s.Version.Statute.Title, Date(s.Version.Date), s.Number.ToString(), s.Number.ToLabel(), s.Text) : null,
            [.. lookup.History.Select(h => new ProvisionVersionResult(
                Version(h.Version, asked), h.Provision?.Number.ToString(), h.Provision?.Number.ToLabel(), h.Provision?.Text, h.Version == provision.Version))]);
    }

    [Description("Finds a Chinese law in CitationLint's statute table by a name as people write it — official title, short title, abbreviation "
        + "(民诉法, 个保法), a title without its issuer, or a misspelling (民法点) — and returns its official title, short title, level, whether it is "
        + "repealed and by what, and its versions (dates, kinds, dates of effect, which is in force). When no law answers to the name, it says "
        + "so and suggests the law most likely meant, if one stands out.")]
    public FindLawResult FindLaw([Description("The name: 《中华人民共和国个人信息保护法》, 个保法, 民法点 …")] string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var found = LawLookup.Find(table, name.Trim().Trim('《', '》'));
        var day = today();
        return found.Match is { } match
            ? new FindLawResult(name, true, MatchName(match.Kind), Law(match.Statute, day), null)
            : new FindLawResult(name, false, null, null, found.Suggestion is { } suggestion ? Law(suggestion, day) : null);
    }

    private static CitationResult Citation(SourceDocument document, CitationOutcome outcome, CultureInfo culture)
    {
        var reference = outcome.Reference;
        var start = document.GetPosition(outcome.Span.Start);
        var end = document.GetPosition(outcome.Span.End);
        var quote = outcome.Check?.Quote;
        return new CitationResult(
            document.GetText(outcome.Span),
            start.Line,
            start.Column,
            end.Line,
            end.Column,
            CitationVerdicts.Name(outcome.Verdict),
            reference.Statute?.Title,
            reference.Version is { } version ? Date(version.Date) : null,
            reference.Article?.ToString(),
            reference.Article?.ToLabel(),
            outcome.Through?.Article?.ToString(),
            reference.Paragraph,
            reference.Item,
            reference.Quote?.Text,
            outcome.Check?.Evidence is { } evidence
                ? new EvidenceResult(JsonReportFormatter.EvidenceKindName(evidence.Evidence.Kind), evidence.Evidence.Text.Length > 0 ? evidence.Evidence.Text : null,
                    Date(evidence.Version.Date), evidence.Article.ToString(), Math.Round(evidence.Score, 2))
                : null,
            quote is { Verdict: QuoteVerdict.Elsewhere }
                ? [.. quote.Elsewhere.Select(p => new ProvisionReference(p.Version.Statute.Title, Date(p.Version.Date), p.Number.ToString(), p.Number.ToLabel()))]
                : [],
            quote is { Verdict: QuoteVerdict.Altered } ? [.. quote.Changes.Select(c => new QuoteChange(c.Quoted, c.Law))] : [],
            outcome.Decisive?.Message,
            outcome.Corrected,
            [.. outcome.Diagnostics.Select(d => Finding(document, d, culture))]);
    }

    private static FindingResult Finding(SourceDocument document, Diagnostic diagnostic, CultureInfo culture)
    {
        FixResult? fix = null;
        if (diagnostic.Fix is { } f)
        {
            var (start, end) = (document.GetPosition(f.Span.Start), document.GetPosition(f.Span.End));
            fix = new FixResult(f.Replacement, start.Line, start.Column, end.Line, end.Column);
        }

        return new FindingResult(
            diagnostic.Id,
            diagnostic.Descriptor.Name,
            JsonReportFormatter.SeverityName(diagnostic.Severity),
            CitationVerdicts.ForRule(diagnostic.Id) is { } verdict ? CitationVerdicts.Name(verdict) : null,
            diagnostic.Message,
            fix,
            diagnostic.Descriptor.HelpLinkIn(culture));
    }

    private static LawResult Law(Statute statute, DateOnly day)
    {
        var inForce = statute.Repealed is { } repealed && repealed <= day ? null : statute.InForceOn(day);
        return new LawResult(
            statute.Title,
            statute.ShortTitle,
            statute.Level,
            statute.Aliases,
            statute.NameOnly,
            statute.Repealed is { } r ? Date(r) : null,
            statute.Successor?.Title,
            [.. statute.Versions.Select(v => new VersionResult(Date(v.Date), v.Kind, Date(v.Effective), v == inForce))],
            [.. statute.RevisionDates.Select(Date)]);
    }

    private static VersionResult Version(StatuteVersion version, DateOnly day) =>
        new(Date(version.Date), version.Kind, Date(version.Effective), version == version.Statute.InForceOn(day) && !(version.Statute.Repealed <= day));

    private static DateOnly? ParseDate(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new McpException($"{name} '{text}' is not a date in the form YYYY-MM-DD.");
    }

    private static string MatchName(NameMatchKind kind) => kind switch
    {
        NameMatchKind.Exact => "exact",
        NameMatchKind.Alias => "alias",
        NameMatchKind.Variant => "variant",
        _ => "misspelt",
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
