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

    // A one-character change counts only when it can change the rule: a number or a negation. Others (使用 for 用,
    // 方法 for 方式 in a pasted article) are a copy's drift, not a different text.
    private const string MeaningfulSingleCharacters = "0123456789不未无非否勿禁";

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

    /// <summary>
    /// The words the quote changes, from a character alignment (longest common subsequence) of the quote and the
    /// text: runs of the quote's characters the text lacks, with the text's characters in their place. Words the
    /// quote leaves out are omissions and are not listed; changes only of 的/者/之… are ignored.
    /// </summary>
    public static IReadOnlyList<WordChange> Changes(string quote, string text)
    {
        var q = string.Concat(Parts(quote, splitAtDeng: false, splitAtSentences: false));
        var t = TextFingerprint.Normalize(text);
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
            if (quoted.Length > 0 && !IsInsignificant(quoted) && !IsMoved(quoted.ToString(), t))
            {
                // A long stretch of the law in place of a few quoted characters is an omission plus an insertion:
                // show only the insertion.
                var lawWords = !started
                    ? law.ToString(Math.Max(0, law.Length - quoted.Length - 2), Math.Min(law.Length, quoted.Length + 2))
                    : law.Length <= Math.Max(8, quoted.Length * 3) ? law.ToString() : "";
                changes.Add(new WordChange(quoted.ToString(), lawWords));
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
    // governs); a lone character other than a number or a negation is drift.
    private static bool IsMoved(string quoted, string text) =>
        (quoted.Length >= 2 && text.Contains(quoted, StringComparison.Ordinal))
        || (quoted.Length == 1 && !MeaningfulSingleCharacters.Contains(quoted[0], StringComparison.Ordinal));

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
