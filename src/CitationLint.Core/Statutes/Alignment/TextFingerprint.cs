namespace CitationLint.Statutes.Alignment;

/// <summary>
/// An article's text reduced for comparison: whitespace and punctuation dropped, full-width letters and digits
/// folded, then its character bigrams, sorted. Two fingerprints compare by the Dice coefficient.
/// </summary>
public sealed class TextFingerprint
{
    private readonly int[] _bigrams;

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
            if (char.IsLetterOrDigit(c) || (keepPercent && c == '%'))
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
}
