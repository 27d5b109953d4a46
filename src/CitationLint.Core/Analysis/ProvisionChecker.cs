using CitationLint.Statutes.Alignment;
using CitationLint.Statutes.Table;
using CitationLint.Syntax;

namespace CitationLint.Analysis;

/// <summary>
/// Checks each reference of a document against the statute table (design §4, §5): does the article (款, 项) exist
/// in the version that applies; does the quote match it, another provision, or none; is the number stale (correct
/// in an earlier version, renumbered since); and for a repealed law, which article carries it on.
/// </summary>
public sealed class ProvisionChecker(Func<QuoteIndex> quoteIndex, DateOnly today)
{
    // How much of a quote's wording must be the cited text for it to count as that text, changed.
    private const double AlteredFromMarked = 0.6;
    private const double AlteredFromUnmarked = 0.7;

    // An unmarked "quote" (the rest of a line after a colon) may be the author's own summary: only strong evidence
    // that it is another provision's text is reported.
    private const double ElsewhereFromUnmarked = 0.75;
    private const double ElsewhereFromMarked = 0.5;

    /// <summary>The checks of a document's references, in order.</summary>
    public IReadOnlyList<ProvisionCheck> Check(AnalyzedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var checks = new List<ProvisionCheck>();
        var references = document.References;
        for (var i = 0; i < references.Count; i++)
        {
            var reference = references[i];
            var first = i == 0 || !ReferenceEquals(references[i - 1].Citation, reference.Citation);
            var provision = Find(reference, out var missing);
            if (missing is not null && !Checkable(reference, document.Date))
                missing = null;
            QuoteFinding? quote = null;
            Renumbering? renumbering = null;
            if (first && reference.Quote is { } q && reference.Statute is { NameOnly: false } && reference.Version is { } version)
            {
                var cited = CitedProvisions(references, i);
                (quote, renumbering) = AssessQuote(q, cited, reference, version, document.Document.Date);
            }

            if (renumbering is null && reference.Quote is null && provision is { } p)
                renumbering = RenumberedSince(p);
            var successor = reference.Statute?.Repealed is not null ? provision?.Successor : null;
            checks.Add(new ProvisionCheck(reference, provision, missing, quote, renumbering, successor, first));
        }

        return checks;
    }

    // The words a quote changes, less the names of laws written into it (…岗位,新工伤保险条例。突发疾病…): a name the
    // table knows (with 新/旧/原 before it) refers to a law; it does not alter the provision's words.
    private static IReadOnlyList<WordChange> ChangedWords(string quote, string text, StatuteTable table)
    {
        var changes = QuoteMatcher.Changes(quote, text);
        return changes.Any(c => IsLawName(c.Quoted, table)) ? [.. changes.Where(c => !IsLawName(c.Quoted, table))] : changes;
    }

    private static bool IsLawName(string words, StatuteTable table)
    {
        var name = words.Length > 0 && words[0] is '新' or '旧' or '原' ? words.Substring(1) : words;
        return name.Length >= 4 && LawTitle.LooksLikeStatute(name.AsSpan()) && table.Match(name) is not null;
    }

    private static Provision? Find(ArticleReference reference, out string? missing)
    {
        missing = null;
        if (reference.Version is not { } version || reference.Article is not { } number || !reference.WellFormed)
            return null;
        if (version.Find(number) is not { } provision)
        {
            missing = number.ToLabel();
            return null;
        }

        if (reference.Paragraph is null && reference.Item is null)
            return provision; // most citations name an article only: its paragraphs need not be split out
        var paragraphs = provision.Paragraphs;
        if (reference.Paragraph is { } p && (p < 1 || p > paragraphs.Count))
        {
            missing = $"{number.ToLabel()}第{ChineseNumeral.Format(Math.Max(1, p))}款";
            return provision;
        }

        if (reference.Item is { } item)
        {
            var items = reference.Paragraph is { } para ? paragraphs[para - 1].Items : paragraphs.SelectMany(x => x.Items).ToList();
            if (item < 1 || item > items.Count)
            {
                var paragraphLabel = reference.Paragraph is { } pp ? $"第{ChineseNumeral.Format(pp)}款" : "";
                missing = $"{number.ToLabel()}{paragraphLabel}第（{ChineseNumeral.Format(Math.Max(1, item))}）项";
            }
        }

        return provision;
    }

    // Whether "no such article" can be told at all. A document older than the table's first version of the law cites
    // a text the table lacks (企业破产法（试行）); a document written between a revision's adoption and its date of
    // effect usually cites the adopted text (刑诉法解释 2012-12-20 and the 2012 revision); and where the law's own
    // history lists revisions the table does not hold, a later version that has the article may be the one meant.
    private static bool Checkable(ArticleReference reference, DateOnly date)
    {
        if (reference.Statute is not { } statute || reference.Article is not { } number || reference.Version is not { } applied)
            return false;
        var versions = statute.Versions;
        if (versions.Count == 0 || date < versions[0].Date)
            return false;
        foreach (var version in versions)
        {
            if (version.Date > applied.Date && version.Date <= date && version.Find(number) is not null)
                return false; // adopted by the document's date, not yet in force
        }

        var next = versions.FirstOrDefault(v => v.Date > applied.Date);
        if (next != default && next.Find(number) is not null && statute.RevisionDates.Any(d => d > applied.Date && d < next.Date && d <= date.AddYears(1)))
            return false; // a revision between the two the table does not hold
        return true;
    }

    // The articles of the citation the quote belongs to (a quote may span 第一千零三十二条、第一千零三十三条).
    private static List<Provision> CitedProvisions(IReadOnlyList<ArticleReference> references, int first)
    {
        var cited = new List<Provision>();
        for (var i = first; i < references.Count && ReferenceEquals(references[i].Citation, references[first].Citation); i++)
        {
            if (references[i].Version is { } v && references[i].Article is { } n && v.Find(n) is { } p && !cited.Contains(p))
                cited.Add(p);
        }

        return cited;
    }

    private (QuoteFinding? Quote, Renumbering? Renumbering) AssessQuote(
        QuoteSyntax quote, List<Provision> cited, ArticleReference reference, StatuteVersion version, DateOnly? documentDate)
    {
        var marked = quote.Style == QuoteStyle.Marked;
        var text = quote.Text;
        var citedText = string.Join("\n", cited.Select(p => p.Text));
        if (cited.Count > 0 && QuoteMatcher.IsFaithful(text, citedText))
            return (new QuoteFinding(QuoteVerdict.Faithful, [], cited, []), null);

        var matches = quoteIndex().Find(text, max: 8, minimumScore: marked ? ElsewhereFromMarked : ElsewhereFromUnmarked);
        var statute = version.Statute;
        var number = reference.Article;
        IReadOnlyList<WordChange>? changes = null; // the character diff, made at most once

        // The cited number was this text in another version: a stale number (correct then, renumbered since).
        // Only the best matches count: a neighbouring article that shares a sentence is not the provision quoted.
        var top = matches.Count == 0 ? null : matches[0];
        foreach (var match in matches.Where(m => top is not null && (top.Contained ? m.Contained : m.Score >= top.Score - 0.02)))
        {
            foreach (var provision in match.Provisions)
            {
                if (provision.Version.Statute == statute && provision.Version != version && number is { } n && provision.Number == n
                    && Counterpart(provision, version) is { } current && current.Number != n)
                {
                    return (null, new Renumbering(provision.Version, current));
                }
            }
        }

        // The words of an earlier (or later) version of the very provision cited: its wording changed, not its number.
        var otherVersions = top is null ? [] : matches.Where(m => m.Score >= top.Score - 0.02).SelectMany(m => m.Provisions)
            .Where(p => p.Version.Statute == statute && p.Version != version);
        if (cited.Count > 0 && otherVersions.Any(p => Counterpart(p, version) is { } now && cited.Contains(now)))
        {
            changes ??= ChangedWords(text, citedText, statute.Table);
            if (changes.Count > 0)
                return (new QuoteFinding(QuoteVerdict.Altered, changes, cited, []), null);
        }

        // Recognisably the cited text, with changed words — unless another provision holds the words exactly.
        var coverage = cited.Count > 0 ? QuoteMatcher.Coverage(text, citedText) : 0;
        var others = matches.Where(m => !m.Provisions.Any(cited.Contains)).ToList();
        var faithfulElsewhere = Prefer(others.Where(m => m.Contained), version);
        if (cited.Count > 0 && coverage >= (marked ? AlteredFromMarked : AlteredFromUnmarked) && faithfulElsewhere is null
            && !matches.Any(m => m.Score > coverage && !m.Provisions.Any(cited.Contains)))
        {
            changes ??= ChangedWords(text, citedText, statute.Table);
            return changes.Count == 0
                ? (new QuoteFinding(QuoteVerdict.Faithful, [], cited, []), null)
                : (new QuoteFinding(QuoteVerdict.Altered, changes, cited, []), null);
        }

        var best = faithfulElsewhere ?? Prefer(others, version);
        if (best is null)
            return marked ? (new QuoteFinding(QuoteVerdict.Nowhere, [], [], []), null) : (null, null);

        // The words are another article of the same law's current version: for a law whose older versions the
        // table may lack, and a document that may predate the revision, the number is probably stale.
        var sameVersion = best.Provisions.FirstOrDefault(p => p.Version == version);
        if (sameVersion != default && HistoryIncomplete(statute) && (documentDate is not { } dated || RevisedAfter(statute, dated)))
            return (null, new Renumbering(null, sameVersion));

        var unmatched = Unmatched(text, best.Provisions[0]);
        return (new QuoteFinding(QuoteVerdict.Elsewhere, [], Ordered(best.Provisions, version), unmatched), null);
    }

    // Where the same words stand in several laws (合同法 第二百零五条 and 民法典 第六百七十四条), the cited law's applied
    // version comes first, then its other versions, then other laws; within each, the index's order.
    private static QuoteMatch? Prefer(IEnumerable<QuoteMatch> matches, StatuteVersion version)
    {
        var list = matches.ToList();
        return list.FirstOrDefault(m => m.Provisions.Any(p => p.Version == version))
            ?? list.FirstOrDefault(m => m.Provisions.Any(p => p.Version.Statute == version.Statute))
            ?? list.FirstOrDefault();
    }

    // Lines or items of the quote that do not occur in the provision (the quoted （七） that is not in 第三条).
    private static List<string> Unmatched(string quote, Provision provision)
    {
        var unmatched = new List<string>();
        foreach (var line in quote.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !QuoteMatcher.IsFaithful(trimmed, provision.Text) && QuoteMatcher.Coverage(trimmed, provision.Text) < 0.6)
                unmatched.Add(trimmed);
        }

        return unmatched;
    }

    // The applied version first, then the others newest first.
    private static List<Provision> Ordered(IReadOnlyList<Provision> provisions, StatuteVersion version) =>
        [.. provisions.OrderByDescending(p => p.Version == version).ThenByDescending(p => p.Version.Statute == version.Statute).ThenByDescending(p => p.Version.Date)];

    // The provision's counterpart in another version of its law, following the renumbering maps.
    private static Provision? Counterpart(Provision provision, StatuteVersion target)
    {
        Provision? current = provision;
        while (current is { } c && c.Version.Date < target.Date)
            current = c.Next;
        while (current is { } c && c.Version.Date > target.Date)
            current = c.Previous;
        return current is { } found && found.Version == target ? found : null;
    }

    // Without a quote: the version applied (the document's date) is not today's, and the provision moved since.
    private Renumbering? RenumberedSince(Provision provision)
    {
        var statute = provision.Version.Statute;
        if (statute.Repealed is not null || statute.InForceOn(today) is not { } current || current == provision.Version)
            return null;
        return Counterpart(provision, current) is { } moved && moved.Number != provision.Number ? new Renumbering(provision.Version, moved) : null;
    }

    // The table starts with a later version, not the law's original text: older numberings may be missing.
    private static bool HistoryIncomplete(Statute statute) => statute.Versions is { Count: > 0 } versions && versions[0].Kind != "制定";

    private static bool RevisedAfter(Statute statute, DateOnly date) => statute.Versions.Any(v => v.Date > date);
}
