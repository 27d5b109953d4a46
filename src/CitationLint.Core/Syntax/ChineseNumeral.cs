namespace CitationLint.Syntax;

/// <summary>
/// Reads and writes the numbers statutes are numbered with: Chinese numerals (一千零三十二, 十二, 一十二,
/// 两百, 〇 for 零; the financial forms 壹贰叁…拾佰仟 that some pages write, 第壹百九十九條), ASCII digits and
/// full-width digits, for 1–9999.
/// </summary>
public static class ChineseNumeral
{
    /// <summary>The largest number the reader and writer handle.</summary>
    public const int MaxValue = 9999;

    private const string Digits = "零一二三四五六七八九";

    /// <summary>True for characters that can appear in a Chinese numeral.</summary>
    public static bool IsChineseNumeralChar(char c) => DigitValue(c) >= 0 || UnitValue(c) > 0;

    /// <summary>True for ASCII and full-width decimal digits.</summary>
    public static bool IsArabicDigit(char c) => (c >= '0' && c <= '9') || (c >= '０' && c <= '９');

    /// <summary>True when the text has an Arabic digit (第1032条, not 第一千零三十二条).</summary>
    public static bool ContainsArabicDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsArabicDigit(c))
                return true;
        }

        return false;
    }

    /// <summary>
    /// Parses a whole numeral. Returns false when the text is empty, out of range, or not a well-formed numeral
    /// (十十, 一百三, 零五); <paramref name="value"/> then holds a best-effort reading (0 when there is none),
    /// so a malformed citation can still be reported against the number the author probably meant.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty)
            return false;
        if (IsArabicDigit(text[0]))
            return TryParseArabic(text, out value);
        return TryParseChinese(text, out value);
    }

    private static bool TryParseArabic(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        var wellFormed = text.Length <= 4;
        foreach (var c in text)
        {
            if (!IsArabicDigit(c))
                return false;
            if (value <= MaxValue)
                value = (value * 10) + (c >= '０' ? c - '０' : c - '0');
        }

        // A leading zero (第0832条) is not how anyone numbers an article.
        var leading = text[0] is '0' or '０';
        return wellFormed && !leading && value is >= 1 and <= MaxValue;
    }

    // Reads "[d]千 [d]百 [d]十 [d]" sections in falling order; 零 stands for skipped units, exactly when some are.
    private static bool TryParseChinese(ReadOnlySpan<char> text, out int value)
    {
        const int NoUnit = 10000;
        value = 0;
        var wellFormed = true;
        var pending = -1;          // a digit waiting for its unit
        var lastUnit = NoUnit;     // units must fall strictly
        var zeroSeen = false;      // a 零 since the last unit
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var digit = DigitValue(c);
            if (digit == 0)
            {
                if (zeroSeen || pending >= 0 || i == 0)
                    wellFormed = false;
                zeroSeen = true;
                continue;
            }

            if (digit > 0)
            {
                if (pending >= 0)
                    wellFormed = false;
                if (c == '两' && (i + 1 >= text.Length || UnitValue(text[i + 1]) < 100))
                    wellFormed = false; // 两 counts hundreds and thousands only
                pending = digit;
                continue;
            }

            var unit = UnitValue(c);
            if (unit == 0)
                return false;
            if (pending < 0)
            {
                // 十 may go without its 一 (十二, 一百十二); 百 and 千 may not.
                if (unit != 10)
                    wellFormed = false;
                pending = 1;
            }

            if (unit >= lastUnit)
                wellFormed = false;
            var skipped = lastUnit != NoUnit && unit * 10 != lastUnit;
            if (skipped != zeroSeen)
                wellFormed = false;
            value += pending * unit;
            pending = -1;
            lastUnit = unit;
            zeroSeen = false;
        }

        if (pending >= 0)
        {
            var skipped = lastUnit != NoUnit && lastUnit != 10;
            if (skipped != zeroSeen)
                wellFormed = false;
            value += pending;
        }
        else if (zeroSeen)
        {
            wellFormed = false; // a trailing 零
        }

        return wellFormed && value is >= 1 and <= MaxValue;
    }

    /// <summary>Writes a number as statutes do: 十二, 一百一十二, 一千零三十二.</summary>
    public static string Format(int value)
    {
        if (value is < 1 or > MaxValue)
            throw new ArgumentOutOfRangeException(nameof(value), value, "Only 1–9999 have a statute numeral.");
        Span<char> buffer = stackalloc char[8];
        var length = 0;
        var thousands = value / 1000;
        var hundreds = value / 100 % 10;
        var tens = value / 10 % 10;
        var ones = value % 10;
        var needZero = false;
        if (thousands > 0)
        {
            buffer[length++] = Digits[thousands];
            buffer[length++] = '千';
        }

        if (hundreds > 0)
        {
            buffer[length++] = Digits[hundreds];
            buffer[length++] = '百';
        }
        else if (thousands > 0 && (tens > 0 || ones > 0))
        {
            needZero = true;
        }

        if (tens > 0)
        {
            if (needZero)
                buffer[length++] = '零';
            needZero = false;
            // 十二 alone, but 一百一十二 inside a larger number.
            if (tens > 1 || value >= 100)
                buffer[length++] = Digits[tens];
            buffer[length++] = '十';
        }
        else if (value >= 100 && ones > 0)
        {
            needZero = true;
        }

        if (ones > 0)
        {
            if (needZero)
                buffer[length++] = '零';
            buffer[length++] = Digits[ones];
        }

        return buffer[..length].ToString();
    }

    private static int DigitValue(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' or '壹' => 1,
        '二' or '两' or '贰' or '貳' => 2,
        '三' or '叁' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' or '陸' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    private static int UnitValue(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        _ => 0,
    };
}
