using CitationLint.Core.Tests.Syntax;
using Sprache;

// The grammar's namespace: the query expressions and the Or/Many/Optional/Where/Return/Not calls below bind to
// Combinators, as the grammar's own do; Sprache's leaves and its AtLeastOnce/Once/Then/XOr/Named/Token/Positioned
// have no counterpart here and stay Sprache's. Each parser has a twin, written the same way, in
// SpracheCompositionTests, where everything binds to Sprache.
namespace CitationLint.Syntax;

/// <summary>Sprache's parsers inside the grammar's combinators, for <see cref="SpracheCompositionTests"/>.</summary>
internal static class ComposedWithCombinators
{
    public static readonly Parser<string> Char =
        from di in Parse.Char('第')
        from digits in Parse.Char(SpracheCompositionTests.IsAsciiDigit, "数字").Many()
        from tiao in Parse.Char('条')
        select di + new string(digits.ToArray()) + tiao;

    public static readonly Parser<string> StringText =
        from law in Parse.String("民法典").Text()
        from di in Parse.Char('第')
        select law + di;

    public static readonly Parser<string> Regex =
        from number in Parse.Regex("[0-9]+", "数字")
        from tiao in Parse.Char('条')
        select number + tiao;

    public static readonly Parser<string> Token =
        from di in Parse.Char('第').Token()
        from number in Parse.Number.Token()
        from tiao in Parse.Char('条')
        select di + number + tiao;

    public static readonly Parser<string> Named =
        from di in Parse.Char('第')
        from number in Parse.Number.Named("条号")
        from tiao in Parse.Char('条')
        select number;

    public static readonly Parser<string> Positioned =
        from heading in Parse.Char(c => c != '第', "标题").Many()
        from article in (from di in Parse.Char('第')
                         from number in Parse.Number
                         from tiao in Parse.Char('条')
                         select new Located(di + number + tiao)).Positioned()
        select article.ToString();

    public static readonly Parser<string> XOr =
        from number in Parse.String("第十").Text().XOr(Parse.String("第一").Text())
        from tiao in Parse.Char('条')
        select number + tiao;

    public static readonly Parser<string> AtLeastOnceOnceThen =
        from digits in Parse.Digit.AtLeastOnce().Text()
        from gap in Parse.Many(Parse.Char(' '))
        from tiao in Parse.Char('条').Once().Text()
        from inserted in Parse.Char('之').Then(zhi => Parse.Chars("一二三").Select(n => zhi + n.ToString())).Optional()
        select digits + tiao + inserted.GetOrElse("");

    public static readonly Parser<string> Or = Parse.String("第一").Text().Or(Parse.String("第二").Text());

    public static readonly Parser<string> OrAfterNothingConsumed = Parse.Char('第').Many().Text().Or(Parse.String("本法").Text());

    public static readonly Parser<string> Many = Parse.Chars("一二三四五六七八九十").Many().Text();

    public static readonly Parser<string> Optional =
        from number in Parse.Number
        from kuan in Parse.Char('款').Optional()
        select number + (kuan.IsDefined ? "款" : "");

    public static readonly Parser<string> Where = Parse.Number.Where(n => n.Length <= 4);

    public static readonly Parser<string> Not =
        from number in Parse.Number
        from notInserted in Parse.Char('之').Not()
        select number;

    public static readonly Parser<string> Return = Parse.Chars("至到").Return("range").Or(Parse.Chars("、和").Return("list"));
}
