using CitationLint.Syntax;

namespace CitationLint.Statutes.Alignment;

/// <summary>
/// Numbers written in either script compare equal: a run of Chinese numerals that reads as a number becomes its
/// Arabic digits (六 = 6, 三十日 = 30日, 二倍 = 2倍), and 百分之N becomes N% (as the quote's 20% is kept). Applied to both sides of every comparison, so words that merely contain a numeral (一般, 统一) change alike.
/// </summary>
public static class NumeralFolding
{
    private const string Percent = "百分之";

    /// <summary>The text with its Chinese numbers in Arabic digits.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Fold(text.AsSpan(), text);
    }

    /// <summary>As <see cref="Fold(string)"/>, for a span; <paramref name="unchanged"/> is returned when nothing folds.</summary>
    internal static string Fold(ReadOnlySpan<char> text, string? unchanged)
    {
        var first = FirstNumeral(text);
        if (first < 0)
            return unchanged ?? text.ToString();
        // A number never takes more than twice its characters (十 → 10, 一百 → 100; 百分之十 → 10%).
        var buffer = text.Length <= 512 ? stackalloc char[text.Length * 2] : new char[text.Length * 2];
        text[..first].CopyTo(buffer);
        var length = first;
        var changed = false;
        var i = first;
        while (i < text.Length)
        {
            var start = i;
            if (text[i..].StartsWith(Percent, StringComparison.Ordinal)
                && i + Percent.Length < text.Length && ChineseNumeral.IsChineseNumeralChar(text[i + Percent.Length]))
                start = i + Percent.Length; // 百分之二十 → 20
            var end = start;
            while (end < text.Length && ChineseNumeral.IsChineseNumeralChar(text[end]))
                end++;
            if (end > start && ChineseNumeral.TryParse(text[start..end], out var value))
            {
                length += WriteDigits(value, buffer[length..]);
                if (start > i)
                    buffer[length++] = '%'; // 百分之二十 → 20%
                changed = true;
            }
            else
            {
                // Not a number, or no numeral here: its first character is copied as written and the rest read again.
                // A 项 marker's numeral runs into a word that starts with one ((一)一切 → 一一切): the quote, its markers
                // dropped, has 1切, and the law's text must hold it too.
                end = start > i ? start : i + 1;
                text[i..end].CopyTo(buffer[length..]);
                length += end - i;
            }

            i = end;
        }

        return changed || unchanged is null ? buffer[..length].ToString() : unchanged;
    }

    // The number's decimal digits at the start of the buffer (netstandard2.0 has no int.TryFormat); returns how many.
    private static int WriteDigits(int value, Span<char> buffer)
    {
        var digits = 1;
        for (var rest = value / 10; rest > 0; rest /= 10)
            digits++;
        for (var i = digits - 1; i >= 0; i--, value /= 10)
            buffer[i] = (char)('0' + (value % 10));
        return digits;
    }

    private static int FirstNumeral(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (ChineseNumeral.IsChineseNumeralChar(text[i]))
                return i;
        }

        return -1;
    }
}
