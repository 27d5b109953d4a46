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
        return mappings;
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
