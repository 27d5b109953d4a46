using CitationLint.Statutes.Alignment;
using CitationLint.Statutes.Table;
using CitationLint.Syntax;

namespace CitationLint.Analysis;

/// <summary>
/// Checks each reference of a document against the statute table (design §4, §5): does the article (款, 项) exist
/// in the version that applies; does the quote match it, another provision, or none; is the number stale (correct
/// in an earlier version, renumbered since); and for a repealed law, which article carries it on.
/// </summary>
public sealed class ProvisionChecker
{
    private readonly Func<QuoteIndex> _quoteIndex;
    private readonly DateOnly _today;
    private readonly NumberingHistory _history;
    private readonly DocumentNumbering _numbering;

    /// <summary>A checker that opens the quote index when it is needed and judges stale numbers against <paramref name="today"/>.</summary>
    public ProvisionChecker(Func<QuoteIndex> quoteIndex, DateOnly today)
    {
        _quoteIndex = quoteIndex;
        _today = today;
        _history = new NumberingHistory(quoteIndex, today);
        _numbering = new DocumentNumbering(quoteIndex, _history);
    }

    // How much of a quote's wording must be the cited text for it to count as that text, changed.
    private const double AlteredFromMarked = 0.6;
    private const double AlteredFromUnmarked = 0.7;

    // An unmarked "quote" (the rest of a line after a colon) may be the author's own summary: only strong evidence
    // that it is another provision's text is reported.
    private const double ElsewhereFromUnmarked = 0.75;
    private const double ElsewhereFromMarked = 0.5;

    // Unmarked words (pasted text, a paraphrase) are another provision's when that provision holds this share of them
    // and the cited number, in every version, this much less: ../shared/corpus/dev's wrong numbers score 0.8–1 against
    // the provision meant and under 0.3 against the one cited; its correct paraphrases never reach 0.7 elsewhere.
    private const double ElsewhereFromEvidence = 0.7;
    private const double ElsewhereMargin = 0.35;

    // How much better another article must hold a citation's words for them to be that article's rather than the cited
    // number's in an old version: the seeds' 第二百四十三条 quote is all of 第二百四十四条 and only its shared opening of 243.
    private const double ElsewhereLead = 0.1;

    // Shorter words (要求承担违约责任, 的三种情形) occur in too many provisions to name one.
    private const int ElsewhereMinimumLength = 20;

    // How many opening sentences of unmarked words are tried on their own.
    private const int MaxOpeningSentences = 3;

    /// <summary>The checks of a document's references, in order.</summary>
    public IReadOnlyList<ProvisionCheck> Check(AnalyzedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var references = document.References;
        var checks = new ProvisionCheck[references.Count];
        var reading = new EvidenceReading(references.Count);
        var container = -1; // the citation whose text (quote or article body) the current references stand in
        for (var i = 0; i < references.Count; i++)
        {
            var reference = references[i];
            var first = i == 0 || !ReferenceEquals(references[i - 1].Citation, reference.Citation);
            if (first)
                container = DocumentNumbering.Container(references, i, container);
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

            EvidenceFinding? evidence = null;
            if (first && container < 0 && !reference.OwnArticle && DocumentNumbering.Judged(reference) is var (statute, applied, number))
            {
                reading.Evidence[i] = EvidenceFinder.Find(document.Text, reference.Citation, NextCitation(references, i, document.Text.Length));
                if (renumbering is { RightIn: { } found })
                {
                    // The latest version whose article of that number is these words (2017, not 2012, for a text both hold).
                    var was = NumberingHistory.LatestWithSameText(found, number, applied);
                    renumbering = renumbering with { RightIn = was };
                    reading.Consistent[i] = [was];
                    reading.Followed[i] = was;
                    if (reading.Evidence[i] is { } words && was.Find(number) is { } then)
                        evidence = new EvidenceFinding(words, was, number, QuoteMatcher.Coverage(QuoteMatcher.Fingerprint(words.Text), _quoteIndex().FingerprintOf(then)));
                }
                else if (quote is { Verdict: QuoteVerdict.Faithful or QuoteVerdict.Altered })
                {
                    reading.Followed[i] = applied; // its versions are worked out only if another citation follows an old one
                    if (quote.Verdict == QuoteVerdict.Faithful && reading.Evidence[i] is { } words)
                        evidence = new EvidenceFinding(words, applied, number, 1);
                }
                else if (reading.Evidence[i] is { } words)
                {
                    var fits = reading.Fits[i] = VersionFollowed.Fits(statute, number, words.Text, _quoteIndex());
                    var consistent = VersionFollowed.Consistent(fits, words.Kind);
                    reading.Consistent[i] = consistent;
                    if (consistent.Count > 0 && !consistent.Contains(applied))
                    {
                        var followed = VersionFollowed.Latest(consistent);
                        var then = followed.Find(number)!.Value;
                        var moved = _history.MovedSince(then);
                        // No counterpart, yet today's article of that number shares the words' subject: the provision was
                        // rewritten in place (劳动合同法 第五十七条, 五十万元 → 二百万元), its number still right.
                        if (moved is { Current: null } && (_history.RewrittenInPlaceSince(then)
                            || (words.Kind != EvidenceKind.Paraphrase && statute.InForceOn(_today) is { } inForce && VersionFollowed.FitOf(fits, inForce) >= NumberingHistory.RewrittenInPlace)))
                            moved = null;
                        if (moved is not null && HeldBetterElsewhere(words, then, VersionFollowed.FitOf(fits, followed)))
                        {
                            // Another article of the law holds the words better (被执行人未按执行通知履行… opens 第二百四十三条
                            // and 第二百四十四条 alike): the number is wrong, not stale.
                            reading.Consistent[i] = [];
                            if (quote is null && words.Kind == EvidenceKind.Implicit)
                                quote = ProvidedElsewhere(words, statute, number, dropped: false, references);
                        }
                        else if (moved is { Current: null } && quote is null
                            && ProvidedElsewhere(words, statute, number, dropped: true, references) is { } now)
                        {
                            quote = now; // the provision was dropped; its words are another article today (证据规定 2001 → 劳动争议解释)
                        }
                        else if (moved is not null)
                        {
                            reading.Followed[i] = followed;
                            renumbering = moved;
                            evidence = new EvidenceFinding(words, followed, number, VersionFollowed.FitOf(fits, followed));
                            if (quote is { Verdict: QuoteVerdict.Elsewhere or QuoteVerdict.Nowhere })
                                quote = null; // the words are the cited number's, in the version the page follows
                        }
                        else
                        {
                            // Same number today, other words: the page quotes a superseded text of the provision (刑法
                            // 第二百六十四条 before 修正案（八）).
                            reading.Followed[i] = followed;
                            if (words.Kind != EvidenceKind.Paraphrase && quote is null or { Verdict: QuoteVerdict.Elsewhere or QuoteVerdict.Nowhere }
                                && statute.InForceOn(_today) is { } current && current.Find(number) is { } nowText
                                && ChangedWords(words.Text, nowText.Text, statute.Table) is { Count: > 0 } changes)
                            {
                                quote = new QuoteFinding(QuoteVerdict.Altered, changes, [nowText], []);
                                evidence = new EvidenceFinding(words, followed, number, VersionFollowed.FitOf(fits, followed));
                            }
                        }
                    }
                    else if (consistent.Contains(applied))
                    {
                        reading.Followed[i] = applied;
                        evidence = new EvidenceFinding(words, applied, number, VersionFollowed.FitOf(fits, applied));
                    }
                    else if (quote is null && words.Kind == EvidenceKind.Implicit)
                    {
                        quote = ProvidedElsewhere(words, statute, number, dropped: false, references);
                    }
                }
            }

            // Words that are only the cited article's own text in another version (刑法 第二百六十四条 before 修正案（八）)
            // are that article with changed words, not another provision.
            if (quote is { Verdict: QuoteVerdict.Elsewhere } other && renumbering is null && DocumentNumbering.Judged(reference) is var (own, _, ownNumber)
                && AllCounterpartsOf(other.Elsewhere, own, ownNumber) && own.InForceOn(_today)?.Find(ownNumber) is { } ownToday
                && reference.Quote is { } quoted && ChangedWords(quoted.Text, ownToday.Text, own.Table) is { Count: > 0 } ownChanges)
            {
                quote = new QuoteFinding(QuoteVerdict.Altered, ownChanges, [ownToday], []);
            }

            if (renumbering is null && quote is null or { Verdict: QuoteVerdict.Faithful } && provision is { } p
                && RenumberedSince(p) is { } since && !FitsToday(reading, references, i, p))
                renumbering = since;
            var successor = reference.Statute?.Repealed is not null ? provision?.Successor : null;
            checks[i] = new ProvisionCheck(reference, provision, missing, quote, renumbering, successor, first) { Evidence = evidence };
            reading.Container[i] = container;
        }

        _numbering.Apply(document, checks, reading);
        return checks;
    }

    // Whether every provision is the article's own counterpart in some version. A loop, not All with a lambda: its
    // closure was made for every reference the loop above visits.
    private static bool AllCounterpartsOf(IReadOnlyList<Provision> provisions, Statute statute, ArticleNumber number)
    {
        foreach (var provision in provisions)
        {
            if (!NumberingHistory.IsCounterpartOf(provision, statute, number))
                return false;
        }

        return true;
    }

    private static int NextCitation(IReadOnlyList<ArticleReference> references, int i, int end)
    {
        for (var j = i + 1; j < references.Count; j++)
        {
            if (!ReferenceEquals(references[j].Citation, references[i].Citation))
                return references[j].Citation.Span.Start;
        }

        return end;
    }

    // What the page says a provision provides, when that is another provision in force today: its words (pasted or
    // paraphrased) are that provision's, by a clear margin over the cited number's best fit in any version. Laws the
    // text is shared with (合同法 and 民法典) order as Prefer does; provisions no longer in force do not count.
    // A provision the page's text follows that no article carries on today (dropped) is compared with nothing.
    private QuoteFinding? ProvidedElsewhere(CitationEvidence words, Statute statute, ArticleNumber number, bool dropped, IReadOnlyList<ArticleReference> references)
    {
        var found = new List<QuoteMatch>();
        foreach (var passage in Openings(words.Text))
        {
            if (TextFingerprint.Normalize(passage).Length < ElsewhereMinimumLength)
                break;
            var cited = dropped ? 0 : VersionFollowed.Best(VersionFollowed.Fits(statute, number, passage, _quoteIndex()));
            Elsewhere(passage, statute, number, Math.Max(ElsewhereFromEvidence, cited + ElsewhereMargin), references, found);
            if (found.Count > 0)
                break;
        }

        var inForce = statute.InForceOn(_today);
        return inForce is { } version && Prefer(found, version) is { } best
            ? new QuoteFinding(QuoteVerdict.Elsewhere, [], Ordered(best.Provisions, version), [])
            : null;
    }

    // Unmarked words run on into the page's own (…定罪处罚。该规定旨在…): the whole, then its opening sentences, fewer
    // and fewer (the caller stops where they get too short to name a provision).
    private static IEnumerable<string> Openings(string text)
    {
        yield return text;
        var ends = new List<int>();
        for (var i = 0; i < text.Length - 1 && ends.Count < MaxOpeningSentences; i++)
        {
            if (text[i] is '。' or '；')
                ends.Add(i + 1);
        }

        for (var e = ends.Count - 1; e >= 0; e--)
            yield return text[..ends[e]];
    }

    private void Elsewhere(string passage, Statute statute, ArticleNumber number, double minimum, IReadOnlyList<ArticleReference> references, List<QuoteMatch> found)
    {
        foreach (var match in _quoteIndex().Find(passage, max: 5, minimumScore: minimum))
        {
            // An article the page cites itself is one it talks about beside this one, not one it mistook this one for;
            // the cited number's own counterpart (第九条 of 2017 is 第二十条 today) makes it stale, not wrong.
            var current = match.Provisions.Where(p => p.Version.Statute.Repealed is null && p.Version.Statute.InForceOn(_today) == p.Version
                && !references.Any(r => r.Statute == p.Version.Statute && r.Article == p.Number)
                && !NumberingHistory.IsCounterpartOf(p, statute, number)).ToList();
            if (current.Count > 0 && !current.Any(p => p.Version.Statute == statute && p.Number == number))
                found.Add(match with { Provisions = current });
        }
    }

    // Whether another article of the law (in any version) holds the words clearly better than the cited number does.
    // Its own counterparts in other versions (第二百二十五条 of 2017 is 第二百三十六条 today) are not another article.
    private bool HeldBetterElsewhere(CitationEvidence words, Provision cited, double fit)
    {
        if (fit + ElsewhereLead > 1)
            return false;
        var history = cited.History;
        foreach (var match in _quoteIndex().Find(words.Text, max: 5, minimumScore: fit + ElsewhereLead))
        {
            foreach (var provision in match.Provisions)
            {
                if (provision.Version.Statute == cited.Version.Statute && provision.Number != cited.Number && !history.Contains(provision))
                    return true;
            }
        }

        return false;
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

        var matches = _quoteIndex().Find(text, max: 8, minimumScore: marked ? ElsewhereFromMarked : ElsewhereFromUnmarked);
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
                    && NumberingHistory.Counterpart(provision, version) is { } current && current.Number != n)
                {
                    return (null, new Renumbering(provision.Version, current));
                }
            }
        }

        // The words of an earlier (or later) version of the very provision cited: its wording changed, not its number.
        var otherVersions = top is null ? [] : matches.Where(m => m.Score >= top.Score - 0.02).SelectMany(m => m.Provisions)
            .Where(p => p.Version.Statute == statute && p.Version != version);
        if (cited.Count > 0 && otherVersions.Any(p => NumberingHistory.Counterpart(p, version) is { } now && cited.Contains(now)))
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
        // Not when the article holding the words came later than the table's first version (刑法 第二百九十一条之二, added
        // in 2020): no older version can have numbered it otherwise.
        if (sameVersion != default && HistoryIncomplete(statute) && (documentDate is not { } dated || RevisedAfter(statute, dated))
            && sameVersion.History[0].Version == statute.Versions[0])
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

    // A dated page's number that moved since is still right when its words fit today's article of that number as well
    // as the one in force when it was written (公司法 第一百一十条 is 股东查阅权 in 1993 and again in 2023).
    private bool FitsToday(EvidenceReading reading, IReadOnlyList<ArticleReference> references, int i, Provision cited)
    {
        var statute = cited.Version.Statute;
        var fits = reading.Fits[i];
        if (fits is null && reading.Evidence[DocumentNumbering.First(references, i)] is { } words) // 第32条、第110条: the words they share
            fits = VersionFollowed.Fits(statute, cited.Number, words.Text, _quoteIndex());
        if (fits is null || statute.InForceOn(_today) is not { } current || current == cited.Version)
            return false;
        var now = VersionFollowed.FitOf(fits, current);
        return now >= VersionFollowed.WeakestFit && now >= VersionFollowed.FitOf(fits, cited.Version);
    }

    // Without a quote: the version applied (the document's date) is not today's, and the provision moved since.
    private Renumbering? RenumberedSince(Provision provision) =>
        provision.Version.Statute.Repealed is null ? _history.MovedSince(provision) : null;

    // The table starts with a later version, not the law's original text: older numberings may be missing.
    private static bool HistoryIncomplete(Statute statute) => statute.Versions is { Count: > 0 } versions && versions[0].Kind != "制定";

    private static bool RevisedAfter(Statute statute, DateOnly date) => statute.Versions.Any(v => v.Date > date);
}
