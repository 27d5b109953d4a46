using CitationLint.Syntax;

namespace CitationLint.Statutes.Alignment;

/// <summary>What became of an article between two versions (or in a successor law).</summary>
public enum AlignmentStatus
{
    /// <summary>Same text, same number.</summary>
    Unchanged,

    /// <summary>Same text, another number.</summary>
    Renumbered,

    /// <summary>Changed text (the number may differ too).</summary>
    Modified,

    /// <summary>The old article has no counterpart.</summary>
    Removed,

    /// <summary>The new article has no counterpart.</summary>
    Added,
}

/// <summary>One row of a renumbering map.</summary>
/// <param name="Old">The article in the older version (null when added).</param>
/// <param name="New">The article in the newer version (null when removed).</param>
/// <param name="Status">What happened to it.</param>
/// <param name="Similarity">Text similarity of the pair, 0–1.</param>
public sealed record ArticleMapping(ArticleNumber? Old, ArticleNumber? New, AlignmentStatus Status, double Similarity)
{
    /// <summary>Below this similarity a pairing needs a human look (the threshold correspondence/*.tsv uses too).</summary>
    public const double WeakBelow = 0.8;

    /// <summary>True for a pairing whose texts differ enough to need review.</summary>
    public bool IsWeak => Old is not null && New is not null && Similarity < WeakBelow;
}

/// <summary>
/// Aligns the articles of two versions of a law: an order-preserving alignment (dynamic programming over text
/// similarity, as in sequence alignment) between consecutive versions, and a best-match map into a successor law
/// whose order differs (合同法 → 民法典).
/// </summary>
public static class ArticleAligner
{
    /// <summary>Pairs below this similarity are not matched at all.</summary>
    public const double MatchThreshold = 0.4;

    /// <summary>The order-preserving alignment of two versions.</summary>
    public static IReadOnlyList<ArticleMapping> Align(IReadOnlyList<StatuteArticle> older, IReadOnlyList<StatuteArticle> newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var a = Fingerprints(older);
        var b = Fingerprints(newer);
        var n = a.Length;
        var m = b.Length;
        var similarity = new double[n, m];
        var score = new double[n + 1, m + 1];
        for (var i = 1; i <= n; i++)
        {
            for (var j = 1; j <= m; j++)
            {
                var s = similarity[i - 1, j - 1] = a[i - 1].Similarity(b[j - 1]);
                var best = Math.Max(score[i - 1, j], score[i, j - 1]);
                if (s >= MatchThreshold)
                    best = Math.Max(best, score[i - 1, j - 1] + s);
                score[i, j] = best;
            }
        }

        var mappings = new List<ArticleMapping>(Math.Max(n, m));
        int x = n, y = m;
        while (x > 0 || y > 0)
        {
            if (x > 0 && y > 0 && similarity[x - 1, y - 1] >= MatchThreshold
                && Math.Abs(score[x, y] - (score[x - 1, y - 1] + similarity[x - 1, y - 1])) < 1e-9)
            {
                var s = similarity[x - 1, y - 1];
                var oldNumber = older[x - 1].Number;
                var newNumber = newer[y - 1].Number;
                var status = s >= 1 ? (oldNumber == newNumber ? AlignmentStatus.Unchanged : AlignmentStatus.Renumbered) : AlignmentStatus.Modified;
                mappings.Add(new ArticleMapping(oldNumber, newNumber, status, s));
                x--;
                y--;
            }
            else if (x > 0 && (y == 0 || Math.Abs(score[x, y] - score[x - 1, y]) < 1e-9))
            {
                mappings.Add(new ArticleMapping(older[x - 1].Number, null, AlignmentStatus.Removed, 0));
                x--;
            }
            else
            {
                mappings.Add(new ArticleMapping(null, newer[y - 1].Number, AlignmentStatus.Added, 0));
                y--;
            }
        }

        mappings.Reverse();
        return PairMoved(mappings, similarity, (a, b), older, newer);
    }

    /// <summary>
    /// Removed and added articles whose texts are this alike are one provision moved across others (a 修订 that
    /// regroups a chapter: 行政复议法 2017 第九条 → 2023 第二十条), which an order-preserving alignment cannot pair.
    /// </summary>
    public const double MovedThreshold = 0.5;

    /// <summary>
    /// An old article wholly kept inside a longer new one (治安管理处罚法 2012 第一百零三条 → 2025 第一百二十二条, which
    /// adds a paragraph, similarity 0.36) is moved too: this share of its words in the new text, with at least
    /// <see cref="MovedWithinSimilarity"/> similarity.
    /// </summary>
    public const double MovedWithin = 0.85;

    /// <summary>The least similarity of an old article kept inside a longer new one.</summary>
    public const double MovedWithinSimilarity = 0.25;

    // Pairs the alignment's leftovers, most alike first: each removed article with the added one it best matches.
    private static List<ArticleMapping> PairMoved(
        List<ArticleMapping> mappings, double[,] similarity, (TextFingerprint[] Old, TextFingerprint[] New) prints, IReadOnlyList<StatuteArticle> older, IReadOnlyList<StatuteArticle> newer)
    {
        var removed = new List<int>();
        var added = new List<int>();
        var oldIndex = new Dictionary<ArticleNumber, int>();
        var newIndex = new Dictionary<ArticleNumber, int>();
        for (var i = 0; i < older.Count; i++)
            oldIndex[older[i].Number] = i;
        for (var j = 0; j < newer.Count; j++)
            newIndex[newer[j].Number] = j;
        for (var r = 0; r < mappings.Count; r++)
        {
            if (mappings[r].Status == AlignmentStatus.Removed)
                removed.Add(r);
            else if (mappings[r].Status == AlignmentStatus.Added)
                added.Add(r);
        }

        var candidates = new List<(double Similarity, int Removed, int Added)>();
        foreach (var r in removed)
        {
            foreach (var a in added)
            {
                var (i, j) = (oldIndex[mappings[r].Old!.Value], newIndex[mappings[a].New!.Value]);
                var s = similarity[i, j];
                if (s >= MovedThreshold || (s >= MovedWithinSimilarity && QuoteMatcher.Coverage(prints.Old[i], prints.New[j]) >= MovedWithin))
                    candidates.Add((s, r, a));
            }
        }

        if (candidates.Count == 0)
            return mappings;
        candidates.Sort((p, q) => q.Similarity.CompareTo(p.Similarity));
        var taken = new HashSet<int>();
        var result = mappings.ToArray<ArticleMapping?>();
        foreach (var (s, r, a) in candidates)
        {
            if (taken.Contains(r) || taken.Contains(a))
                continue;
            taken.Add(r);
            taken.Add(a);
            var oldNumber = mappings[r].Old!.Value;
            var newNumber = mappings[a].New!.Value;
            result[r] = new ArticleMapping(oldNumber, newNumber, s >= 1 ? AlignmentStatus.Renumbered : AlignmentStatus.Modified, s);
            result[a] = null; // the added row is now the moved pair's
        }

        return [.. result.OfType<ArticleMapping>()];
    }

    /// <summary>
    /// For each article of a repealed law, the successor's article that carries it on: the most similar one, in any
    /// order (the Civil Code regrouped the laws it replaced). Pairs below <see cref="MatchThreshold"/> stay unmatched.
    /// </summary>
    public static IReadOnlyList<ArticleMapping> MapToSuccessor(IReadOnlyList<StatuteArticle> repealed, IReadOnlyList<StatuteArticle> successor)
    {
        ArgumentNullException.ThrowIfNull(repealed);
        ArgumentNullException.ThrowIfNull(successor);
        var a = Fingerprints(repealed);
        var b = Fingerprints(successor);
        var mappings = new List<ArticleMapping>(a.Length);
        for (var i = 0; i < a.Length; i++)
        {
            var best = -1;
            var bestSimilarity = 0.0;
            for (var j = 0; j < b.Length; j++)
            {
                var s = a[i].Similarity(b[j]);
                if (s > bestSimilarity)
                {
                    bestSimilarity = s;
                    best = j;
                }
            }

            mappings.Add(best >= 0 && bestSimilarity >= MatchThreshold
                ? new ArticleMapping(repealed[i].Number, successor[best].Number, bestSimilarity >= 1 ? AlignmentStatus.Renumbered : AlignmentStatus.Modified, bestSimilarity)
                : new ArticleMapping(repealed[i].Number, null, AlignmentStatus.Removed, bestSimilarity));
        }

        return mappings;
    }

    private static TextFingerprint[] Fingerprints(IReadOnlyList<StatuteArticle> articles)
    {
        var prints = new TextFingerprint[articles.Count];
        for (var i = 0; i < prints.Length; i++)
            prints[i] = TextFingerprint.OfStatuteText(articles[i].Text);
        return prints;
    }
}
