using CitationLint.Statutes.Alignment;
using CitationLint.Statutes.Table;
using CitationLint.Syntax;

namespace CitationLint.Analysis;

/// <summary>
/// What became of a provision through the versions of its law, as the renumbering maps and the texts tell it: its
/// counterpart in another version, the number it has today, whether today's article of its number is the same
/// provision rewritten in place.
/// </summary>
/// <param name="quoteIndex">The quote index, for its cached article fingerprints.</param>
/// <param name="today">The date "today" is judged at.</param>
internal sealed class NumberingHistory(Func<QuoteIndex> quoteIndex, DateOnly today)
{
    // Share of a superseded text's words that today's article of the same number must hold to be that provision
    // rewritten rather than another one: 劳动合同法 第五十七条 2007 → 2012 (五十万元 → 二百万元) keeps about half; an
    // unrelated article under a reused number shares the law's common words only (刑事诉讼法 第五十二条 1996 → 2018: 0.31).
    public const double RewrittenInPlace = 0.4;

    // Whether today's article of the same number holds enough of an old provision's words to be it, rewritten.
    public bool RewrittenInPlaceSince(Provision then) =>
        then.Version.Statute.InForceOn(today)?.Find(then.Number) is { } now
        && QuoteMatcher.Coverage(QuoteMatcher.Fingerprint(then.Text), quoteIndex().FingerprintOf(now)) >= RewrittenInPlace;

    // Same-text threshold for following a provision forward through the versions.
    private const double SameText = 0.95;

    public static StatuteVersion LatestWithSameText(StatuteVersion version, ArticleNumber number, StatuteVersion applied)
    {
        if (version.Find(number) is not { } then)
            return version;
        while (then.Next is { } next && next.Number == number && next.Version.Date < applied.Date && then.NextSimilarity >= SameText)
            then = next;
        return then.Version;
    }

    // Whether a provision carries on (or is) the article of that number in some version of the law.
    public static bool IsCounterpartOf(Provision provision, Statute statute, ArticleNumber number)
    {
        if (provision.Version.Statute != statute)
            return false;
        foreach (var earlier in provision.History)
        {
            if (earlier.Number == number)
                return true;
        }

        return false;
    }

    // The provision a superseded number meant, seen from the version in force today.
    public Renumbering? MovedSince(Provision then) =>
        then.Version.Statute.InForceOn(today) is { } current && current != then.Version ? Moved(then, current) : null;

    // The provision a superseded number meant, seen from another version: its counterpart under another number, or
    // gone (no article carries it on); null when it kept its number.
    public static Renumbering? Moved(Provision then, StatuteVersion applied)
    {
        if (Counterpart(then, applied) is { } now)
            return now.Number == then.Number ? null : new Renumbering(then.Version, now);
        var last = then;
        while (last.Next is { } next && next.Version.Date <= applied.Date)
            last = next;
        return new Renumbering(then.Version, null, last.Version.Next ?? applied);
    }

    // The provision's counterpart in another version of its law, following the renumbering maps.
    public static Provision? Counterpart(Provision provision, StatuteVersion target)
    {
        Provision? current = provision;
        while (current is { } c && c.Version.Date < target.Date)
            current = c.Next;
        while (current is { } c && c.Version.Date > target.Date)
            current = c.Previous;
        return current is { } found && found.Version == target ? found : null;
    }
}
