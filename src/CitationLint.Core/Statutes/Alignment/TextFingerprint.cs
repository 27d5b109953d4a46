namespace CitationLint.Statutes.Alignment;

/// <summary>
/// An article's text reduced for comparison: whitespace and punctuation dropped, full-width letters and digits
/// folded, then its character bigrams, sorted. Two fingerprints compare by the Dice coefficient.
/// </summary>
public sealed class TextFingerprint
{
    private readonly int[] _bigrams;
    private BigramTable? _table; // for comparing with texts that have no fingerprint, made on first use

    private TextFingerprint(string normalized, int[] bigrams)
    {
        Normalized = normalized;
        _bigrams = bigrams;
    }

    /// <summary>The text with layout and punctuation removed.</summary>
    public string Normalized { get; }

    /// <summary>Builds the fingerprint of a text, its numbers in digits (for comparing what a writer quotes).</summary>
    public static TextFingerprint Of(string text) => FromNormalized(Normalize(text));

    /// <summary>
    /// The fingerprint of a statute text as written, numbers not folded: versions of one law are compared in the script
    /// they share, and the committed renumbering maps were aligned so.
    /// </summary>
    public static TextFingerprint OfStatuteText(string text) => FromNormalized(NormalizeLayout(text));

    private static TextFingerprint FromNormalized(string normalized)
    {
        var bigrams = new int[Math.Max(0, normalized.Length - 1)];
        for (var i = 0; i < bigrams.Length; i++)
            bigrams[i] = (normalized[i] << 16) | normalized[i + 1];
        Array.Sort(bigrams);
        return new TextFingerprint(normalized, bigrams);
    }

    /// <summary>
    /// Letters, digits and CJK characters only; full-width ASCII folded to half-width, Chinese numbers to Arabic digits
    /// (<see cref="NumeralFolding"/>).
    /// </summary>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        var buffer = text.Length <= 1024 ? stackalloc char[text.Length] : new char[text.Length];
        return NumeralFolding.Fold(buffer[..Layout(text, buffer, keepPercent: true)], null);
    }

    private static string NormalizeLayout(ReadOnlySpan<char> text)
    {
        var buffer = text.Length <= 1024 ? stackalloc char[text.Length] : new char[text.Length];
        return buffer[..Layout(text, buffer, keepPercent: false)].ToString();
    }

    // Letters and digits of the text into the buffer, full-width folded; returns how many. For a quote's comparison the
    // percent sign stays (20% is 百分之二十, which folds to 20%, not 二十).
    private static int Layout(ReadOnlySpan<char> text, Span<char> buffer, bool keepPercent)
    {
        var length = 0;
        foreach (var raw in text)
        {
            var c = raw is >= '！' and <= '～' ? (char)(raw - 0xFEE0) : raw;
            // The CJK Unified Ideographs block is all letters (Lo): most of a statute text, without a category lookup.
            if (c is >= '\u4E00' and <= '\u9FFF' || char.IsLetterOrDigit(c) || (keepPercent && c == '%'))
                buffer[length++] = c;
        }

        return length;
    }

    /// <summary>Dice coefficient of the two bigram multisets, 0 to 1 (1 for identical normalized texts).</summary>
    public double Similarity(TextFingerprint other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Normalized == other.Normalized)
            return 1;
        var a = _bigrams;
        var b = other._bigrams;
        if (a.Length == 0 || b.Length == 0)
            return 0;
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return 2.0 * common / (a.Length + b.Length);
    }

    /// <summary>
    /// As <see cref="Similarity"/>, with a normalized text that has no fingerprint: its bigrams are looked up in a hash
    /// table of this one's (built on first use), so a text compared once is neither copied nor sorted (the quote
    /// index's candidates).
    /// </summary>
    public double SimilarityTo(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        if (Normalized == normalized)
            return 1;
        var length = normalized.Length - 1;
        if (_bigrams.Length == 0 || length <= 0)
            return 0;
        var common = (_table ??= new BigramTable(_bigrams)).CommonWith(normalized);
        return 2.0 * common / (_bigrams.Length + length);
    }

    // A multiset of bigrams by open addressing over a power of two at least twice their number: each slot a bigram and
    // how many times it occurs. Key 0 is an empty slot: a bigram of two letters or digits is never 0. Read-only once
    // built; a comparison's counts of what is used up live in a per-thread scratch, reset by a new generation number.
    private sealed class BigramTable
    {
        [ThreadStatic]
        private static int[]? t_used;
        [ThreadStatic]
        private static int[]? t_generationOfSlot;
        [ThreadStatic]
        private static int t_generation;

        private readonly int[] _keys;
        private readonly int[] _counts;

        public BigramTable(int[] bigrams)
        {
            var size = 1;
            while (size < bigrams.Length * 2)
                size <<= 1;
            _keys = new int[size];
            _counts = new int[size];
            foreach (var bigram in bigrams)
                _counts[SlotOf(bigram)]++;
        }

        public int CommonWith(string normalized)
        {
            var size = _keys.Length;
            if (t_used is null || t_used.Length < size)
            {
                t_used = new int[size];
                t_generationOfSlot = new int[size];
            }

            var used = t_used;
            var generationOfSlot = t_generationOfSlot!;
            var generation = ++t_generation;
            var common = 0;
            for (var k = 0; k + 1 < normalized.Length; k++)
            {
                var bigram = (normalized[k] << 16) | normalized[k + 1];
                var slot = Probe(bigram);
                if (_keys[slot] != bigram)
                    continue;
                if (generationOfSlot[slot] != generation)
                {
                    generationOfSlot[slot] = generation;
                    used[slot] = 0;
                }

                if (used[slot] < _counts[slot])
                {
                    used[slot]++;
                    common++;
                }
            }

            return common;
        }

        // The slot holding the bigram, claimed for it when it is new (only while building).
        private int SlotOf(int bigram)
        {
            var slot = Probe(bigram);
            _keys[slot] = bigram;
            return slot;
        }

        private int Probe(int bigram)
        {
            var mask = _keys.Length - 1;
            var slot = (int)(((uint)bigram * 0x9E3779B1u) >> 7) & mask;
            while (_keys[slot] != 0 && _keys[slot] != bigram)
                slot = (slot + 1) & mask;
            return slot;
        }
    }
}
