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
/// hash in every window of six), so any shared run of nine or more characters is found (minimizers common to over
/// <see cref="MaxPostings"/> texts vote only when nothing rarer does); candidates are then
/// verified by containment and scored by bigram overlap. The index is built when the table is compiled and stored
/// in it (<see cref="Write"/>), so a check loads it instead of building it (0.7 s).
/// </summary>
public sealed class QuoteIndex
{
    private const int Gram = 4;
    private const int Window = 6;
    private const int MaxCandidates = 64;

    // A minimizer found in more texts than this (依照本法规定, 由县级以上人民政府) tells no candidate apart and costs a
    // walk over thousands of texts: it does not vote. Measured on ../shared/statutes-src (bench stages): the rules
    // stage 171 → 108 ms, with the same findings as without the cap (5,354 there, 127 on the dev pages, 12 on the seeds).
    private const int MaxPostings = 1000;

    private static readonly Lazy<QuoteIndex> DefaultIndex = new(() => Read(StatuteTable.Default));

    private readonly StatuteTable _table;
    // Five arrays: text id → its first entry in the text articles (one more entry at the end); the articles holding
    // each text, in table order; the distinct minimizer hashes, ascending; hash → its first entry in the texts with
    // that hash (one more at the end); text ids, ascending within each hash (twice for a minimizer a text has twice).
    // Built in memory, or read in place from the table's quote index section (no 13 MB copy).
    private const int TextStartsArray = 0, TextArticlesArray = 1, HashesArray = 2, HashStartsArray = 3, TextsWithHashArray = 4;
    private readonly int[][]? _built;
    private readonly (int Start, int Length)[]? _stored;
    private readonly string?[] _texts;        // normalized texts, made for the texts that become candidates
    private readonly TextFingerprint?[] _fingerprints;
    private int[]? _textOfArticle;

    private QuoteIndex(StatuteTable table, int[][]? built, (int Start, int Length)[]? stored)
    {
        _table = table;
        _built = built;
        _stored = stored;
        _texts = new string?[TextCount];
        _fingerprints = new TextFingerprint?[TextCount];
    }

    /// <summary>The index of the bundled table.</summary>
    public static QuoteIndex Default => DefaultIndex.Value;

    /// <summary>Number of distinct article texts indexed.</summary>
    public int TextCount => Section(TextStartsArray).Length - 1;

    /// <summary>Indexes every article of every version of <paramref name="table"/>.</summary>
    public static QuoteIndex Build(StatuteTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var texts = new List<string>();
        var articlesOfText = new List<List<int>>();
        for (var article = 0; article < table.ArticleCount; article++)
        {
            var normalized = TextFingerprint.Normalize(new Provision(table, article).Text);
            if (!ids.TryGetValue(normalized, out var id))
            {
                id = texts.Count;
                ids.Add(normalized, id);
                texts.Add(normalized);
                articlesOfText.Add([]);
            }

            articlesOfText[id].Add(article);
        }

        var textStarts = new int[texts.Count + 1];
        var textArticles = new int[table.ArticleCount];
        for (var id = 0; id < texts.Count; id++)
        {
            articlesOfText[id].CopyTo(textArticles, textStarts[id]);
            textStarts[id + 1] = textStarts[id] + articlesOfText[id].Count;
        }

        var postings = new List<long>(texts.Count * 32);
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
        var distinct = new List<int>();
        var starts = new List<int>();
        var textsWithHash = new List<int>(sorted.Length);
        for (var i = 0; i < sorted.Length; i++)
        {
            var hash = (int)(sorted[i] >> 32);
            var id = (int)(sorted[i] & 0xFFFFFFFF);
            if (distinct.Count == 0 || distinct[^1] != hash)
            {
                distinct.Add(hash);
                starts.Add(textsWithHash.Count);
            }
            textsWithHash.Add(id);
        }

        starts.Add(textsWithHash.Count);
        return new QuoteIndex(table, [textStarts, textArticles, [.. distinct], [.. starts], [.. textsWithHash]], null);
    }

    /// <summary>Writes the index as a section of the table: five int32 arrays, each after its length.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var arrays = new int[TextsWithHashArray + 1][];
        for (var which = TextStartsArray; which <= TextsWithHashArray; which++)
            arrays[which] = Section(which).ToArray();
        Int32ArraySection.Write(writer, arrays);
    }

    /// <summary>The index stored in <paramref name="table"/> when it was compiled, read in place.</summary>
    public static QuoteIndex Read(StatuteTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var data = table.QuoteIndexData;
        if (data.IsEmpty)
            throw new InvalidDataException("The statute table holds no quote index: it was compiled by an older build of CitationLint.");
        var stored = Int32ArraySection.Locate(data, TextsWithHashArray + 1);
        return BitConverter.IsLittleEndian
            ? new QuoteIndex(table, null, stored)
            : new QuoteIndex(table, Int32ArraySection.Copy(data, stored), null);
    }

    /// <summary>The best matches for <paramref name="passage"/>: texts containing it first, then by score.</summary>
    public IReadOnlyList<QuoteMatch> Find(string passage, int max = 5, double minimumScore = 0.3)
    {
        ArgumentNullException.ThrowIfNull(passage);
        var whole = QuoteMatcher.Fingerprint(passage);
        if (whole.Normalized.Length < Gram)
            return [];

        // Candidates share minimizers with the passage's words (omission marks and 项 markers left out).
        var ballot = Ballot.ForThread(TextCount);
        var passageHashes = new List<int>();
        Minimizers(whole.Normalized, passageHashes);
        passageHashes.Sort();
        var hashes = Section(HashesArray);
        var hashStarts = Section(HashStartsArray);
        var textsWithHash = Section(TextsWithHashArray);
        var rarest = -1; // when every minimizer is common (a short boilerplate quote), the rarest one still votes
        for (var p = 0; p < passageHashes.Count; p++)
        {
            if (p > 0 && passageHashes[p] == passageHashes[p - 1])
                continue; // each distinct minimizer votes once
            var h = hashes.BinarySearch(passageHashes[p]);
            if (h < 0)
                continue;
            if (hashStarts[h + 1] - hashStarts[h] > MaxPostings)
            {
                if (rarest < 0 || hashStarts[h + 1] - hashStarts[h] < hashStarts[rarest + 1] - hashStarts[rarest])
                    rarest = h;
                continue;
            }

            ballot.Vote(textsWithHash[hashStarts[h]..hashStarts[h + 1]]);
        }

        if (ballot.Voted.Count == 0 && rarest >= 0)
            ballot.Vote(textsWithHash[hashStarts[rarest]..hashStarts[rarest + 1]]);
        var ranked = ballot.Leaders(MaxCandidates);

        var matches = new List<(QuoteMatch Match, int Length)>();
        var partitions = QuoteMatcher.PartitionsOf(passage); // split once, compared with every candidate
        foreach (var key in ranked)
        {
            var id = (int)(key & 0xFFFFFFFF);
            var text = Text(id);
            var contained = QuoteMatcher.IsFaithfulToNormalized(partitions, text);
            var score = contained ? 1 : QuoteMatcher.Coverage(whole, text);
            if (score >= minimumScore)
                matches.Add((new QuoteMatch(Provisions(id), score, contained), text.Length));
        }

        // Among texts that all contain the passage, the shortest is the one it quotes most of.
        return [.. matches
            .OrderByDescending(m => m.Match.Contained).ThenByDescending(m => m.Match.Score).ThenBy(m => m.Length).ThenBy(m => m.Match.Provisions[0].Index)
            .Take(max).Select(m => m.Match)];
    }

    // Texts and fingerprints are made on first use: only candidate texts ever need one. A race makes one twice, harmlessly.
    private string Text(int id) =>
        _texts[id] ??= TextFingerprint.Normalize(new Provision(_table, Section(TextArticlesArray)[Section(TextStartsArray)[id]]).Text);

    private ReadOnlySpan<int> Section(int which) => _built is not null
        ? _built[which]
        : Int32ArraySection.Array(_table.QuoteIndexData, _stored![which]);

    private TextFingerprint Fingerprint(int id) => _fingerprints[id] ??= TextFingerprint.Of(Text(id));

    /// <summary>
    /// The fingerprint of a provision's text, computed once per distinct text and shared with the searches (a
    /// citation's words are compared with the same articles again and again).
    /// </summary>
    public TextFingerprint FingerprintOf(Provision provision)
    {
        var ids = _textOfArticle ?? BuildTextOfArticle();
        return provision.Index < ids.Length && ids[provision.Index] >= 0 ? Fingerprint(ids[provision.Index]) : TextFingerprint.Of(provision.Text);
    }

    // Article index → text id, built on first use (one int per article).
    private int[] BuildTextOfArticle()
    {
        var ids = new int[_table.ArticleCount];
        Array.Fill(ids, -1);
        var starts = Section(TextStartsArray);
        var articles = Section(TextArticlesArray);
        for (var id = 0; id + 1 < starts.Length; id++)
        {
            for (var i = starts[id]; i < starts[id + 1]; i++)
                ids[articles[i]] = id;
        }

        return _textOfArticle = ids;
    }

    private Provision[] Provisions(int id)
    {
        var starts = Section(TextStartsArray);
        var articles = Section(TextArticlesArray);
        var provisions = new Provision[starts[id + 1] - starts[id]];
        for (var i = 0; i < provisions.Length; i++)
            provisions[i] = new Provision(_table, articles[starts[id] + i]);
        return provisions;
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

    // The votes of one search: a count per text id, kept per thread and cleared after each search (a dictionary cost a
    // quarter of a search; most texts get no vote).
    private sealed class Ballot
    {
        [ThreadStatic]
        private static Ballot? t_ballot;

        private int[] _votes = [];

        public List<int> Voted { get; } = [];

        public static Ballot ForThread(int textCount)
        {
            var ballot = t_ballot ??= new Ballot();
            if (ballot._votes.Length < textCount)
                ballot._votes = new int[textCount];
            return ballot;
        }

        // Each text holding the minimizer (its postings) gets a vote.
        public void Vote(ReadOnlySpan<int> texts)
        {
            foreach (var id in texts)
            {
                if (_votes[id]++ == 0)
                    Voted.Add(id);
            }
        }

        /// <summary>
        /// The <paramref name="count"/> texts with the most votes, then the lower id, as sortable keys (votes in the high
        /// half, inverted); the ballot is cleared. Only the texts at or above the vote count that makes the cut are sorted.
        /// </summary>
        public long[] Leaders(int count)
        {
            var most = 0;
            foreach (var id in Voted)
                most = Math.Max(most, _votes[id]);
            var cut = 1;
            if (Voted.Count > count)
            {
                var atLeast = new int[most + 2];
                foreach (var id in Voted)
                    atLeast[_votes[id]]++;
                var total = 0;
                for (cut = most; cut > 1 && (total += atLeast[cut]) < count; cut--)
                {
                }
            }

            var keys = new List<long>();
            foreach (var id in Voted)
            {
                if (_votes[id] >= cut)
                    keys.Add(((long)(int.MaxValue - _votes[id]) << 32) | (uint)id);
                _votes[id] = 0;
            }

            Voted.Clear();
            keys.Sort();
            return keys.Count > count ? [.. keys.GetRange(0, count)] : [.. keys];
        }
    }
}
