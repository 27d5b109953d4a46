using CitationLint.Statutes.Table;
using CitationLint.Syntax;

namespace CitationLint.Analysis;

/// <summary>What the citations' words say about the versions a document follows, per reference (first of a citation).</summary>
/// <param name="count">The document's number of references.</param>
internal sealed class EvidenceReading(int count)
{
    public CitationEvidence?[] Evidence { get; } = new CitationEvidence?[count];

    // The versions of its law the evidence is consistent with; null when not worked out.
    public IReadOnlyList<StatuteVersion>?[] Consistent { get; } = new IReadOnlyList<StatuteVersion>?[count];

    // The version its words follow (the applied one when they fit it).
    public StatuteVersion?[] Followed { get; } = new StatuteVersion?[count];

    // How well its words fit the cited number in each version, where worked out.
    public IReadOnlyList<VersionFit>?[] Fits { get; } = new IReadOnlyList<VersionFit>?[count];

    // The reference whose quote or body it stands in; -1 for none.
    public int[] Container { get; } = new int[count];

    // The version whose words a container's text is, once asked for.
    public Dictionary<int, StatuteVersion?> TextVersion { get; } = [];
}

/// <summary>
/// The version of each law a document follows, and the version of each quoted text (issue 14): a citation with no
/// words of its own follows the version the document's other citations of that law agree on; a reference inside
/// quoted or pasted statute text follows that text's version.
/// </summary>
/// <param name="quoteIndex">The quote index, to place a quoted text in a version by its words.</param>
/// <param name="history">What became of provisions through the versions.</param>
internal sealed class DocumentNumbering(Func<QuoteIndex> quoteIndex, NumberingHistory history)
{
    // Pasted statute text keeps 0.8–1 of its words in the provision it was copied from (../shared/corpus/dev).
    private const double TextVersionFit = 0.8;

    // One document follows one version of a law (issue 14): where its citations' words agree on a superseded one, its
    // citations of that law with no words of their own follow it too; and a reference inside quoted text follows the
    // version of the text it stands in (本法第五十六条 inside the 1996 text; 民事诉讼法第二百二十五条 inside a 2020
    // interpretation: the 2017 numbering, in force then).
    public void Apply(AnalyzedDocument document, ProvisionCheck[] checks, EvidenceReading reading)
    {
        var references = document.References;
        Dictionary<Statute, StatuteVersion>? documentVersions = null;
        for (var i = 0; i < references.Count; i++)
        {
            if (reading.Consistent[i] is { Count: > 0 } consistent && references[i].Version is { } applied && !consistent.Contains(applied)
                && references[i].Statute is { } statute && (documentVersions is null || !documentVersions.ContainsKey(statute))
                && DocumentVersion(document, reading, statute) is { } followed && followed != applied)
            {
                (documentVersions ??= [])[statute] = followed;
            }
        }

        for (var i = 0; i < references.Count; i++)
        {
            var check = checks[i];
            if (check.Renumbering is not null || check.Quote is not null
                || Judged(references[i]) is not var (statute, applied, number) || references[i].Citation.Law?.Version is not null)
                continue; // judged already, by its own words
            StatuteVersion? followed = null;
            var container = reading.Container[i];
            if (container >= 0 && TextVersion(references, reading, container) is { } quoted)
            {
                followed = quoted.Statute == statute ? quoted : statute.InForceOn(quoted.Date);
            }
            else if (documentVersions is not null && documentVersions.TryGetValue(statute, out var version))
            {
                // A citation whose own words fit another version keeps it; one with none, or consistent with the
                // document's, follows the document.
                var own = reading.Consistent[First(references, i)];
                if (own is not { Count: > 0 } || own.Contains(version))
                    followed = version;
            }

            if (followed is not { } then || then == applied || then.Find(number) is not { } provision || history.MovedSince(provision) is not { } moved)
                continue;
            var words = container >= 0 ? reading.Evidence[container] : null;
            if (moved.Current is null && history.RewrittenInPlaceSince(provision))
                continue; // no counterpart, but today's article of that number is the same provision rewritten
            checks[i] = check with
            {
                Renumbering = moved,
                Missing = null,
                Quote = check.Quote is { Verdict: QuoteVerdict.Faithful or QuoteVerdict.Altered } ? check.Quote : null,
                Evidence = new EvidenceFinding(words ?? CitationEvidence.FromDocument, then, number, 1),
            };
        }
    }

    // The version whose words a quote or article body is (a page may paste the 1996 text under the 2012 number): the
    // version of the law's provision holding them, the one its number fits if several do; else the one its number fits.
    private StatuteVersion? TextVersion(IReadOnlyList<ArticleReference> references, EvidenceReading reading, int container)
    {
        if (reading.TextVersion.TryGetValue(container, out var known))
            return known;
        var followed = reading.Followed[container];
        StatuteVersion? found = null;
        // Only text under a superseded number is searched for: text that fits the version applied is that version's.
        if (followed is { } number && number != references[container].Version
            && reading.Evidence[container] is { Kind: EvidenceKind.Quote or EvidenceKind.Implicit } words && references[container].Statute is { } statute)
        {
            foreach (var match in quoteIndex().Find(words.Text, max: 3, minimumScore: TextVersionFit))
            {
                foreach (var provision in match.Provisions)
                {
                    if (provision.Version.Statute == statute && (found is null || provision.Version == followed))
                        found = provision.Version;
                }

                if (found is not null)
                    break;
            }
        }

        return reading.TextVersion[container] = found ?? followed;
    }

    // The version the citations of a law in the document agree on: the latest every one with evidence allows.
    private StatuteVersion? DocumentVersion(AnalyzedDocument document, EvidenceReading reading, Statute statute)
    {
        var references = document.References;
        var sets = new List<IReadOnlyList<StatuteVersion>>();
        for (var i = 0; i < references.Count; i++)
        {
            if (references[i].Statute != statute || reading.Container[i] >= 0 || references[i].Citation.Law?.Version is not null)
                continue;
            if (reading.Consistent[i] is null && reading.Followed[i] is not null && reading.Evidence[i] is { } words && references[i].Article is { } number)
                reading.Consistent[i] = VersionFollowed.Consistent(VersionFollowed.Fits(statute, number, words.Text, quoteIndex()), words.Kind);
            if (reading.Consistent[i] is { } consistent)
                sets.Add(consistent);
        }

        return VersionFollowed.Common(sets);
    }

    // The law, applied version and article a reference is judged by, when its numbering can be judged at all: 本条 and
    // 前款 have no number of their own (the article they stand in carries the verdict).
    public static (Statute Statute, StatuteVersion Applied, ArticleNumber Number)? Judged(ArticleReference reference) =>
        reference is { Statute: { NameOnly: false, Repealed: null } statute, Version: { } applied, Article: { } number, WellFormed: true }
        && reference.Citation.Articles is not [{ Kind: ArticleReferenceKind.ThisArticle or ArticleReferenceKind.PrecedingParagraph }, ..]
            ? (statute, applied, number)
            : null;

    // The reference whose quote or article body the citation at i stands in: the last one before it whose body reaches
    // it; -1 for none.
    public static int Container(IReadOnlyList<ArticleReference> references, int i, int previous)
    {
        var citation = references[i].Citation;
        var named = citation.Law is { Kind: LawNameKind.Titled or LawNameKind.Unmarked };
        if (previous >= 0 && Holds(references[previous], citation.Span.Start, named))
            return previous;
        for (var k = i - 1; k >= 0 && k >= i - 8; k--)
        {
            if (Holds(references[k], citation.Span.Start, named))
                return First(references, k);
        }

        return -1;
    }

    // Whether a citation at a position stands in another's quote, or (for 本法第五十六条 and bare numbers) in the
    // article body it heads: a citation naming its law below a page's heading (民事诉讼法225条规定：⏎我国《民事诉讼法》
    // 第二百二十五条规定：“…”) is the page's own; in a statute text's own article (依照刑法第二百一十三条的规定，以假冒
    // 注册商标罪定罪处罚) it is the statute's.
    private static bool Holds(ArticleReference container, int position, bool named)
    {
        var citation = container.Citation;
        var text = named && !container.OwnArticle ? citation.Quote?.Span : citation.Body ?? citation.Quote?.Span;
        return text is { } span && span.Start <= position && position < span.End;
    }

    public static int First(IReadOnlyList<ArticleReference> references, int i)
    {
        while (i > 0 && ReferenceEquals(references[i - 1].Citation, references[i].Citation))
            i--;
        return i;
    }
}
