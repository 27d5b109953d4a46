using System.Text;

namespace CitationLint.Statutes.Alignment;

/// <summary>A word the quote changed: what it says, and what the law says there.</summary>
/// <param name="Quoted">The quote's words.</param>
/// <param name="Law">The law's words in their place (empty when the quote adds words).</param>
public sealed record WordChange(string Quoted, string Law);

/// <summary>
/// Compares quoted text with a statute text (design §4 CL0003/CL0010): after normalization (width, punctuation,
/// whitespace), a quote is faithful when its parts — split at …… omissions, at 项 markers and, failing that, at 等
/// and at sentence ends — occur in the text in order; otherwise the character alignment shows the words it changed.
/// </summary>
public static class QuoteMatcher
{
    // Changes that only add or drop these are style, not a different text (或者个人 / 或个人, 他人的 / 他人).
    private const string Insignificant = "的者之地了得和与及其";

    private static readonly string[] Gaps = ["……", "…", "......", "...", "。。。"];

    // Characters Q&A sites put in place of words they mask (人民* for 人民法院, 最高*): unknown words, not changed ones.
    private const string Masks = "*＊";

    // A one-character change counts only when it can change the rule: a number, a negation, a word of degree or
    // position (以上/以下, 前/后, 内/外) or of modality (应/可/须, 或/并). Others (使用 for 用, 方法 for 方式 in a pasted
    // article) are a copy's drift, not a different text.
    private const string MeaningfulSingleCharacters = "0123456789不未无非否勿禁上下前后内外或并应可须";

    /// <summary>True when every part of the quote occurs in the text, in order.</summary>
    public static bool IsFaithful(string quote, string text) => IsFaithfulToNormalized(quote, TextFingerprint.Normalize(text));

    /// <summary>As <see cref="IsFaithful"/>, for a text already normalized by <see cref="TextFingerprint.Normalize"/>.</summary>
    public static bool IsFaithfulToNormalized(string quote, string normalized) => IsFaithfulToNormalized(PartitionsOf(quote), normalized);

    /// <summary>
    /// As <see cref="IsFaithfulToNormalized(string, string)"/>, with the quote's parts split once (<see cref="PartitionsOf"/>)
    /// for comparing it with many texts.
    /// </summary>
    public static bool IsFaithfulToNormalized(IReadOnlyList<List<string>> partitions, string normalized)
    {
        ArgumentNullException.ThrowIfNull(partitions);
        foreach (var parts in partitions)
        {
            if (parts.Count > 0 && ContainsInOrder(normalized, parts))
                return true;
        }

        return false;
    }

    /// <summary>The parts a quote is compared by, from the strictest split to the most lenient.</summary>
    public static IReadOnlyList<List<string>> PartitionsOf(string quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return
        [
            Parts(quote, splitAtDeng: false, splitAtSentences: false),
            Parts(quote, splitAtDeng: true, splitAtSentences: false),
            Parts(quote, splitAtDeng: true, splitAtSentences: true),
        ];
    }

    /// <summary>The share of the quote's character bigrams that occur in the text, 0–1.</summary>
    public static double Coverage(string quote, string text) => Coverage(Fingerprint(quote), TextFingerprint.Of(text));

    /// <summary>The fingerprint of a quote's words, its omission marks and 项 markers left out.</summary>
    public static TextFingerprint Fingerprint(string quote) => TextFingerprint.Of(string.Concat(Parts(quote, splitAtDeng: false, splitAtSentences: false)));

    /// <summary>The share of the passage's bigrams that the text has (1 when the passage is wholly inside it).</summary>
    public static double Coverage(TextFingerprint passage, TextFingerprint text)
    {
        ArgumentNullException.ThrowIfNull(passage);
        ArgumentNullException.ThrowIfNull(text);
        var p = Math.Max(1, passage.Normalized.Length - 1);
        var n = Math.Max(1, text.Normalized.Length - 1);
        // Dice = 2c / (p + n), so the common bigrams c = Dice (p + n) / 2; coverage of the passage = c / p.
        return Math.Min(1, passage.Similarity(text) * (p + n) / 2 / p);
    }

    /// <summary>As <see cref="Coverage(TextFingerprint, TextFingerprint)"/>, with a normalized text that has no fingerprint.</summary>
    public static double Coverage(TextFingerprint passage, string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(passage);
        ArgumentNullException.ThrowIfNull(normalizedText);
        var p = Math.Max(1, passage.Normalized.Length - 1);
        var n = Math.Max(1, normalizedText.Length - 1);
        return Math.Min(1, passage.SimilarityTo(normalizedText) * (p + n) / 2 / p);
    }

    /// <summary>
    /// The words the quote changes, from a character alignment (longest common subsequence) of the quote and the
    /// text: runs of the quote's characters the text lacks, with the text's characters in their place. Words the
    /// quote leaves out are omissions and are not listed; changes only of 的/者/之… are ignored.
    /// </summary>
    public static IReadOnlyList<WordChange> Changes(string quote, string text)
    {
        var numbers = new NumberTokens();
        var q = numbers.Tokenize(string.Concat(Parts(quote, splitAtDeng: false, splitAtSentences: false)));
        var t = numbers.Tokenize(TextFingerprint.Normalize(text));
        if (q.Length == 0 || t.Length == 0)
            return [];
        var changes = new List<WordChange>();
        var quoted = new StringBuilder();
        var law = new StringBuilder();
        var started = false; // before the first match, only the law's last few characters stand in the quote's place
        foreach (var run in CharacterDiff.Compute(q, t))
        {
            switch (run.Kind)
            {
                case DiffKind.Same:
                    Flush();
                    started = true;
                    break;
                case DiffKind.Deleted:
                    quoted.Append(run.Text); // only in the quote
                    break;
                default:
                    law.Append(run.Text); // only in the law
                    break;
            }
        }

        law.Clear(); // the law's text after the quote ends is an omission
        Flush();
        return changes;

        void Flush()
        {
            if (quoted.Length > 0 && !IsInsignificant(quoted))
            {
                // A long stretch of the law in place of a few quoted characters is an omission plus an insertion:
                // show only the insertion.
                var lawWords = !started
                    ? law.ToString(Math.Max(0, law.Length - quoted.Length - 2), Math.Min(law.Length, quoted.Length + 2))
                    : law.Length <= Math.Max(8, quoted.Length * 3) ? law.ToString() : "";
                if (!IsMoved(quoted.ToString(), started ? lawWords : "", q, t))
                    changes.Add(new WordChange(numbers.Untokenize(quoted.ToString()), numbers.Untokenize(lawWords)));
            }

            quoted.Clear();
            law.Clear();
        }
    }

    private static List<string> Parts(string quote, bool splitAtDeng, bool splitAtSentences)
    {
        var text = quote;
        foreach (var gap in Gaps)
            text = text.Replace(gap, "\u0001", StringComparison.Ordinal);
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // （五）(六): items quoted selectively are separate parts.
            if (c is '（' or '(' && i + 2 < text.Length && CitationLint.Syntax.ChineseNumeral.IsChineseNumeralChar(text[i + 1]))
            {
                var close = text.IndexOfAny(['）', ')'], i + 1);
                if (close > i && close - i <= 5)
                {
                    builder.Append('\u0001');
                    i = close;
                    continue;
                }
            }

            if (Masks.Contains(c, StringComparison.Ordinal) || (splitAtDeng && c == '等') || (splitAtSentences && c is '。' or '；' or ';' or '\n'))
                builder.Append('\u0001');
            else
                builder.Append(c);
        }

        var parts = new List<string>();
        foreach (var part in builder.ToString().Split('\u0001'))
        {
            var normalized = TextFingerprint.Normalize(part);
            if (normalized.Length > 0)
                parts.Add(normalized);
        }

        return parts;
    }

    private static bool ContainsInOrder(string text, List<string> parts)
    {
        var from = 0;
        foreach (var part in parts)
        {
            var at = text.IndexOf(part, from, StringComparison.Ordinal);
            if (at < 0)
                return false;
            from = at + part.Length;
        }

        return true;
    }

    // Quoted words the text has elsewhere were moved, not changed (the lead-in 视同工伤 quoted after the item it
    // governs) — unless the law's words in their place are missing from the quote (应当 for 可以: a substitution, even
    // where the article says 应当 elsewhere). A lone character other than a number, a negation or a word of degree or
    // modality is drift.
    private static bool IsMoved(string quoted, string lawInPlace, string quote, string text) =>
        (quoted.Length >= 2 && !NumberTokens.HasNumber(quoted) && text.Contains(quoted, StringComparison.Ordinal)
            && (lawInPlace.Length == 0 || quote.Contains(lawInPlace, StringComparison.Ordinal)))
        || (quoted.Length == 1 && !MeaningfulSingleCharacters.Contains(quoted[0], StringComparison.Ordinal) && !NumberTokens.HasNumber(quoted));

    private static bool IsInsignificant(StringBuilder quoted)
    {
        for (var i = 0; i < quoted.Length; i++)
        {
            if (!Insignificant.Contains(quoted[i], StringComparison.Ordinal))
                return false;
        }

        return true;
    }
}

/// <summary>
/// Whole numbers as single characters for the character diff (a private-use character per distinct number), so that
/// 100 against the law's 1000 is one changed number, not a "0" the law adds; messages show the digits again.
/// </summary>
internal sealed class NumberTokens
{
    private const char First = '\uE000';
    private readonly List<string> _numbers = [];

    /// <summary>True when the text holds a digit or a number token.</summary>
    public static bool HasNumber(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9' || c >= First && c < First + 0x1000)
                return true;
        }

        return false;
    }

    /// <summary>The text with each run of digits replaced by its token.</summary>
    public string Tokenize(string text)
    {
        if (!HasNumber(text))
            return text;
        var tokenized = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            if (text[i] is < '0' or > '9')
            {
                tokenized.Append(text[i++]);
                continue;
            }

            var end = i;
            while (end < text.Length && text[end] is >= '0' and <= '9')
                end++;
            var number = text.Substring(i, end - i);
            var index = _numbers.IndexOf(number);
            if (index < 0)
            {
                index = _numbers.Count;
                _numbers.Add(number);
            }

            tokenized.Append((char)(First + index));
            i = end;
        }

        return tokenized.ToString();
    }

    /// <summary>The text with its tokens written as digits again.</summary>
    public string Untokenize(string text)
    {
        if (_numbers.Count == 0)
            return text;
        var digits = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c >= First && c < First + _numbers.Count)
                digits.Append(_numbers[c - First]);
            else
                digits.Append(c);
        }

        return digits.ToString();
    }
}
