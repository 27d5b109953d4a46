using System.Globalization;
using System.Text;
using CitationLint.Syntax;

namespace CitationLint.Statutes.Alignment;

/// <summary>
/// Numbers written in either script compare equal: a run of Chinese numerals that reads as a number becomes its
/// Arabic digits (六 = 6, 三十日 = 30日, 二倍 = 2倍), and 百分之N becomes N (its % sign is punctuation, dropped with the
/// rest). Applied to both sides of every comparison, so words that merely contain a numeral (一般, 统一) change alike.
/// </summary>
public static class NumeralFolding
{
    private const string Percent = "百分之";

    /// <summary>The text with its Chinese numbers in Arabic digits; the same string when it has none.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstNumeral(text);
        if (first < 0)
            return text;
        var folded = new StringBuilder(text.Length);
        folded.Append(text, 0, first);
        var i = first;
        while (i < text.Length)
        {
            var start = i;
            if (string.CompareOrdinal(text, i, Percent, 0, Percent.Length) == 0
                && i + Percent.Length < text.Length && ChineseNumeral.IsChineseNumeralChar(text[i + Percent.Length]))
                start = i + Percent.Length; // 百分之二十 → 20
            var end = start;
            while (end < text.Length && ChineseNumeral.IsChineseNumeralChar(text[end]))
                end++;
            if (end > start && !ChineseNumeral.IsArabicDigit(text[start])
                && ChineseNumeral.TryParse(text.AsSpan(start, end - start), out var value))
            {
                folded.Append(value.ToString(CultureInfo.InvariantCulture));
                i = end;
            }
            else if (end > start)
            {
                folded.Append(text, i, end - i); // not a number (十十): left as written, whole
                i = end;
            }
            else
            {
                folded.Append(text[i]);
                i++;
            }
        }

        return folded.ToString();
    }

    private static int FirstNumeral(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (ChineseNumeral.IsChineseNumeralChar(text[i]) && !ChineseNumeral.IsArabicDigit(text[i]))
                return i;
        }

        return -1;
    }
}
