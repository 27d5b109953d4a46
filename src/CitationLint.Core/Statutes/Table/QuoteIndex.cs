using CitationLint.Statutes.Alignment;

namespace CitationLint.Statutes.Table;

/// <summary>Where a quoted passage occurs in the statute table.</summary>
/// <param name="Provisions">The articles (any law, any version) whose text this is; identical texts are grouped.</param>
/// <param name="Score">The share of the passage's character bigrams found in the text, 0–1.</param>
/// <param name="Contained">True when every segment of the passage (split at …… omissions) occurs in the text, in order.</param>
public sealed record QuoteMatch(IReadOnlyList<Provision> Provisions, double Score, bool Contained);

/// <summary>
/// Finds the articles — any law, any version — whose text contains a passage or is nearest to it. Texts are
/// normalized (letters and digits only); each is indexed by the minimizers of its character 4-grams (the smallest
/// hash in every window of six), so any shared run of nine or more characters is found; candidates are then
/// verified by containment and scored by bigram overlap. Built once per process on first use.
/// </summary>
public sealed class QuoteIndex
{
    private const int Gram = 4;
    private const int Window = 6;
    private const int MaxCandidates = 64;

    private static readonly Lazy<QuoteIndex> DefaultIndex = new(() => Build(StatuteTable.Default));

    private readonly string[] _texts;
    private readonly TextFingerprint?[] _fingerprints; // computed for the texts that become candidates
    private readonly int[][] _provisions;
    private readonly long[] _postings; // (hash << 32) | text id, sorted
    private readonly StatuteTable _table;

    private QuoteIndex(StatuteTable table, string[] texts, TextFingerprint?[] fingerprints, int[][] provisions, long[] postings)
    {
        _table = table;
        _texts = texts;
        _fingerprints = fingerprints;
        _provisions = provisions;
        _postings = postings;
    }

    /// <summary>The index of the bundled table.</summary>
    public static QuoteIndex Default => DefaultIndex.Value;

    /// <summary>Number of distinct article texts indexed.</summary>
    public int TextCount => _texts.Length;

    /// <summary>Indexes every article of every version of <paramref name="table"/>.</summary>
    public static QuoteIndex Build(StatuteTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var texts = new List<string>();
        var provisions = new List<List<int>>();
        for (var article = 0; article < table.ArticleCount; article++)
        {
            var normalized = TextFingerprint.Normalize(new Provision(table, article).Text);
            if (!ids.TryGetValue(normalized, out var id))
            {
                id = texts.Count;
                ids.Add(normalized, id);
                texts.Add(normalized);
                provisions.Add([]);
            }

            provisions[id].Add(article);
        }

        var postings = new List<long>(texts.Count * 64);
        var hashes = new List<int>();
        for (var id = 0; id < texts.Count; id++)
        {
            hashes.Clear();
            Minimizers(texts[id], hashes);
            foreach (var hash in hashes)
                postings.Add(((long)hash << 32) | (uint)id);
        }

        var sorted = postings.ToArray();
        Array.Sort(sorted);
        return new QuoteIndex(table, [.. texts], new TextFingerprint?[texts.Count], [.. provisions.Select(p => p.ToArray())], sorted);
    }

    /// <summary>The best matches for <paramref name="passage"/>: texts containing it first, then by score.</summary>
    public IReadOnlyList<QuoteMatch> Find(string passage, int max = 5, double minimumScore = 0.3)
    {
        ArgumentNullException.ThrowIfNull(passage);
        var whole = QuoteMatcher.Fingerprint(passage);
        if (whole.Normalized.Length < Gram)
            return [];

        // Candidates share minimizers with the passage's words (omission marks and 项 markers left out).
        var votes = new Dictionary<int, int>();
        var hashes = new List<int>();
        Minimizers(whole.Normalized, hashes);
        foreach (var hash in hashes.Distinct())
        {
            var (from, to) = Range(hash);
            for (var i = from; i < to; i++)
            {
                var id = (int)(_postings[i] & 0xFFFFFFFF);
                votes[id] = votes.GetValueOrDefault(id) + 1;
            }
        }

        var matches = new List<(QuoteMatch Match, int Length)>();
        foreach (var (id, _) in votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key).Take(MaxCandidates))
        {
            var contained = QuoteMatcher.IsFaithfulToNormalized(passage, _texts[id]);
            var score = contained ? 1 : QuoteMatcher.Coverage(whole, Fingerprint(id));
            if (score >= minimumScore)
                matches.Add((new QuoteMatch([.. _provisions[id].Select(a => new Provision(_table, a))], score, contained), _texts[id].Length));
        }

        // Among texts that all contain the passage, the shortest is the one it quotes most of.
        return [.. matches
            .OrderByDescending(m => m.Match.Contained).ThenByDescending(m => m.Match.Score).ThenBy(m => m.Length).ThenBy(m => m.Match.Provisions[0].Index)
            .Take(max).Select(m => m.Match)];
    }

    // Fingerprints are built on first use: only candidate texts ever need one. A race builds one twice, harmlessly.
    private TextFingerprint Fingerprint(int id) => _fingerprints[id] ??= TextFingerprint.Of(_texts[id]);

    private (int From, int To) Range(int hash)
    {
        var low = (long)hash << 32;
        var from = LowerBound(low);
        var to = LowerBound(low + (1L << 32));
        return (from, to);
    }

    private int LowerBound(long value)
    {
        int low = 0, high = _postings.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (_postings[mid] < value)
                low = mid + 1;
            else
                high = mid;
        }

        return low;
    }

    private static void Minimizers(string text, List<int> output)
    {
        var count = text.Length - Gram + 1;
        if (count <= 0)
            return;
        var grams = new int[count];
        for (var i = 0; i < count; i++)
        {
            var h = 17UL;
            for (var j = 0; j < Gram; j++)
                h = (h * 1_000_003UL) ^ text[i + j];
            h ^= h >> 29;
            h *= 0xBF58476D1CE4E5B9UL;
            grams[i] = (int)(h >> 33);
        }

        var last = -1;
        for (var start = 0; start + Math.Min(Window, count) <= count; start++)
        {
            var best = start;
            for (var i = start + 1; i < start + Math.Min(Window, count); i++)
            {
                if (grams[i] < grams[best])
                    best = i;
            }

            if (best != last)
            {
                output.Add(grams[best]);
                last = best;
            }
        }
    }
}
