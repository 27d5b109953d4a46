using CitationLint.Statutes.Alignment;

namespace CitationLint.Statutes.Table;

/// <summary>
/// The laws' short titles as fingerprints, with the titles holding each character bigram, so the title closest to a
/// misspelled name is looked for only among the titles sharing a bigram with it (those scoring above zero).
/// </summary>
internal sealed class ShortTitleIndex
{
    private const double MinimumScore = 0.3;

    private readonly TextFingerprint[] _titles;
    private readonly Dictionary<int, List<int>> _titlesWithBigram = [];

    public ShortTitleIndex(IReadOnlyList<string> shortTitles)
    {
        _titles = new TextFingerprint[shortTitles.Count];
        for (var law = 0; law < _titles.Length; law++)
        {
            _titles[law] = TextFingerprint.Of(shortTitles[law]);
            foreach (var bigram in Bigrams(_titles[law].Normalized))
            {
                if (!_titlesWithBigram.TryGetValue(bigram, out var laws))
                    _titlesWithBigram[bigram] = laws = [];
                if (laws.Count == 0 || laws[^1] != law)
                    laws.Add(law);
            }
        }
    }

    /// <summary>
    /// The index of the best-scoring title — half how much of the written name the title has, half how alike the two
    /// are overall — when it scores above 0.3; −1 otherwise. Ties go to the first title in catalog order.
    /// </summary>
    public int Closest(TextFingerprint written)
    {
        // Each title sharing a bigram, with how many of the written name's bigrams it has at most: a bound on its
        // score, so the titles are scored best bound first and the search stops where no bound reaches the best.
        var shared = new int[_titles.Length];
        var candidates = new List<int>();
        foreach (var bigram in Bigrams(written.Normalized))
        {
            if (!_titlesWithBigram.TryGetValue(bigram, out var laws))
                continue;
            foreach (var law in laws)
            {
                if (shared[law]++ == 0)
                    candidates.Add(law);
            }
        }

        var writtenBigrams = Math.Max(0, written.Normalized.Length - 1);
        var bounds = new List<(int Law, double Bound)>(candidates.Count);
        foreach (var law in candidates)
        {
            var titleBigrams = Math.Max(0, _titles[law].Normalized.Length - 1);
            var common = Math.Min(shared[law], Math.Min(writtenBigrams, titleBigrams));
            var bound = Score(written, _titles[law], 2.0 * common / (writtenBigrams + titleBigrams));
            if (bound >= MinimumScore)
                bounds.Add((law, bound));
        }

        bounds.Sort((a, b) => b.Bound != a.Bound ? b.Bound.CompareTo(a.Bound) : a.Law.CompareTo(b.Law));
        var best = -1;
        var bestScore = MinimumScore;
        foreach (var (law, bound) in bounds)
        {
            if (bound < bestScore)
                break;
            var score = Score(written, _titles[law], written.Similarity(_titles[law]));
            if (score > bestScore || (score == bestScore && best >= 0 && law < best))
            {
                bestScore = score;
                best = law;
            }
        }

        return best;
    }

    private static double Score(TextFingerprint written, TextFingerprint title, double dice)
    {
        var p = Math.Max(1, written.Normalized.Length - 1);
        var coverage = Math.Min(1, dice * (p + Math.Max(1, title.Normalized.Length - 1)) / 2 / p);
        return (coverage + dice) / 2;
    }

    private static IEnumerable<int> Bigrams(string normalized)
    {
        for (var i = 0; i + 1 < normalized.Length; i++)
            yield return (normalized[i] << 16) | normalized[i + 1];
    }
}
