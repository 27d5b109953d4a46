using CitationLint.Syntax;

namespace CitationLint.Core.Tests.Syntax;

public sealed class ChineseNumeralTests
{
    [Theory]
    [InlineData("一", 1)]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("一十二", 12)]
    [InlineData("二十", 20)]
    [InlineData("一百", 100)]
    [InlineData("一百零三", 103)]
    [InlineData("一百一十二", 112)]
    [InlineData("一百十二", 112)]
    [InlineData("二百四十三", 243)]
    [InlineData("两百", 200)]
    [InlineData("二百九十三", 293)]
    [InlineData("五百一十", 510)]
    [InlineData("一千", 1000)]
    [InlineData("一千零三", 1003)]
    [InlineData("一千〇三十二", 1032)]
    [InlineData("一千零三十二", 1032)]
    [InlineData("一千二百六十", 1260)]
    [InlineData("两千", 2000)]
    [InlineData("九千九百九十九", 9999)]
    [InlineData("1032", 1032)]
    [InlineData("１０３２", 1032)]
    [InlineData("9", 9)]
    public void Parses_WellFormedNumerals(string text, int expected)
    {
        Assert.True(ChineseNumeral.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("十十", 20)]        // the design's example of an ill-formed numeral (第十十条)
    [InlineData("一百三", 103)]     // 一百三 is colloquial for 130; statutes write 一百三十
    [InlineData("零五", 5)]
    [InlineData("一千三十二", 1032)] // a skipped 百 needs 零
    [InlineData("一百零十", 110)]   // 零 where nothing is skipped
    [InlineData("百", 100)]         // 百 needs its digit
    [InlineData("两十", 20)]
    [InlineData("一二", 2)]
    [InlineData("一万", 0)]
    [InlineData("0832", 832)]
    [InlineData("10000", 0)]
    [InlineData("", 0)]
    public void Rejects_IllFormedNumerals_WithBestEffortValue(string text, int bestEffort)
    {
        Assert.False(ChineseNumeral.TryParse(text, out var value));
        if (bestEffort != 0)
            Assert.Equal(bestEffort, value);
    }

    [Fact]
    public void EveryNumber_RoundTrips_ThroughChinese_Arabic_AndFullWidth()
    {
        for (var n = 1; n <= ChineseNumeral.MaxValue; n++)
        {
            var chinese = ChineseNumeral.Format(n);
            Assert.True(ChineseNumeral.TryParse(chinese, out var fromChinese), chinese);
            Assert.Equal(n, fromChinese);

            var arabic = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(ChineseNumeral.TryParse(arabic, out var fromArabic), arabic);
            Assert.Equal(n, fromArabic);

            var fullWidth = string.Concat(arabic.Select(c => (char)(c - '0' + '０')));
            Assert.True(ChineseNumeral.TryParse(fullWidth, out var fromFullWidth), fullWidth);
            Assert.Equal(n, fromFullWidth);
        }
    }

    [Fact]
    public void EveryNumber_AlsoReads_WithExplicitOne_AndCircleZero()
    {
        for (var n = 1; n <= ChineseNumeral.MaxValue; n++)
        {
            var chinese = ChineseNumeral.Format(n);
            // 十二 → 一十二 (the explicit 一 before a leading 十), 零 → 〇.
            var variant = (chinese.StartsWith('十') ? "一" + chinese : chinese).Replace('零', '〇');
            Assert.True(ChineseNumeral.TryParse(variant, out var value), variant);
            Assert.Equal(n, value);
        }
    }

    [Theory]
    [InlineData(12, "十二")]
    [InlineData(112, "一百一十二")]
    [InlineData(1032, "一千零三十二")]
    [InlineData(1003, "一千零三")]
    [InlineData(2000, "二千")]
    [InlineData(1260, "一千二百六十")]
    [InlineData(510, "五百一十")]
    public void Formats_AsStatutesNumberArticles(int value, string expected) =>
        Assert.Equal(expected, ChineseNumeral.Format(value));
}
