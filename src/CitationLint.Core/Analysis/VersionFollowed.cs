using CitationLint.Statutes.Alignment;
using CitationLint.Statutes.Table;
using CitationLint.Syntax;

namespace CitationLint.Analysis;

/// <summary>How much of a citation's evidence the cited number's article holds in one version of the law.</summary>
/// <param name="Version">The version.</param>
/// <param name="Fit">The share of the evidence's words in that version's article of the cited number (0 when it has none).</param>
public readonly record struct VersionFit(StatuteVersion Version, double Fit);

/// <summary>
/// Which versions of a law a citation's evidence says the cited number belongs to (issue 14): those whose article of
/// that number holds the words best. Evidence that fits every version alike (an article no revision touched) is
/// consistent with all of them; evidence too weak for any says nothing.
/// </summary>
public static class VersionFollowed
{
    // The thresholds were chosen on ../shared/corpus/dev (score-corpus): pasted or quoted statute text keeps 0.8–1 of
    // its words in the version it was copied from and under 0.35 in a version where the number holds another
    // provision; a paraphrase keeps 0.45–0.7 in the article it restates, and the page's own words around a citation
    // of an unrelated article share under 0.3 with it.
    private const double QuotedFit = 0.6;
    private const double ParaphraseFit = 0.35;

    // How far below the best fit a version may be and still count as the one followed: typos, masking (人民*) and
    // punctuation move a verbatim copy by a few hundredths; a reworded revision of the same article by more.
    private const double QuotedMargin = 0.25;

    // Fewer characters say too little to tell one provision from another.
    private const int MinimumLength = 10;
    private const double ParaphraseMargin = 0.25;

    /// <summary>The least fit that says anything: a paraphrase's.</summary>
    public const double WeakestFit = ParaphraseFit;

    /// <summary>The fit of <paramref name="evidence"/> with <paramref name="number"/> in each version of <paramref name="statute"/>.</summary>
    public static IReadOnlyList<VersionFit> Fits(Statute statute, ArticleNumber number, string evidence) => Fits(statute, number, evidence, null);

    /// <summary>The same, with the articles' fingerprints from <paramref name="index"/>'s cache.</summary>
    public static IReadOnlyList<VersionFit> Fits(Statute statute, ArticleNumber number, string evidence, QuoteIndex? index)
    {
        var passage = QuoteMatcher.Fingerprint(evidence);
        var fits = new List<VersionFit>();
        if (passage.Normalized.Length < MinimumLength)
            return fits; // 可以向法院提出 is in half the articles of a law
        foreach (var version in statute.Versions)
        {
            var fit = version.Find(number) is { } provision
                ? QuoteMatcher.Coverage(passage, index is null ? TextFingerprint.Of(provision.Text) : index.FingerprintOf(provision))
                : 0;
            fits.Add(new VersionFit(version, fit));
        }

        return fits;
    }

    /// <summary>
    /// The versions the evidence follows: the best-fitting ones, when the best fit is strong enough for its kind;
    /// empty when the evidence is too weak to say.
    /// </summary>
    public static IReadOnlyList<StatuteVersion> Consistent(IReadOnlyList<VersionFit> fits, EvidenceKind kind)
    {
        ArgumentNullException.ThrowIfNull(fits);
        var paraphrase = kind == EvidenceKind.Paraphrase;
        var best = Best(fits);
        if (best < (paraphrase ? ParaphraseFit : QuotedFit))
            return [];
        var margin = paraphrase ? ParaphraseMargin : QuotedMargin;
        var consistent = new List<StatuteVersion>();
        foreach (var fit in fits)
        {
            if (fit.Fit >= best - margin)
                consistent.Add(fit.Version);
        }

        return consistent;
    }

    /// <summary>The best fit in any version (0 with none).</summary>
    public static double Best(IReadOnlyList<VersionFit> fits)
    {
        ArgumentNullException.ThrowIfNull(fits);
        var best = 0.0;
        foreach (var fit in fits)
            best = Math.Max(best, fit.Fit);
        return best;
    }

    /// <summary>The fit in one version (0 when the list has none for it).</summary>
    public static double FitOf(IReadOnlyList<VersionFit> fits, StatuteVersion version)
    {
        ArgumentNullException.ThrowIfNull(fits);
        foreach (var fit in fits)
        {
            if (fit.Version == version)
                return fit.Fit;
        }

        return 0;
    }

    /// <summary>
    /// The version a document follows for one law, from the versions each citation's evidence is consistent with:
    /// the latest version every one of them allows; null when they disagree or when none says anything.
    /// </summary>
    public static StatuteVersion? Common(IEnumerable<IReadOnlyList<StatuteVersion>> consistent)
    {
        ArgumentNullException.ThrowIfNull(consistent);
        HashSet<StatuteVersion>? common = null;
        foreach (var versions in consistent)
        {
            if (versions.Count == 0)
                continue;
            if (common is null)
                common = [.. versions];
            else
                common.IntersectWith(versions);
        }

        return common is null || common.Count == 0 ? null : Latest(common);
    }

    /// <summary>The latest of some versions (the most recent numbering a page could follow).</summary>
    public static StatuteVersion Latest(IEnumerable<StatuteVersion> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        StatuteVersion? latest = null;
        foreach (var version in versions)
        {
            if (latest is not { } l || version.Date > l.Date)
                latest = version;
        }

        return latest ?? throw new ArgumentException("No versions.", nameof(versions));
    }
}
