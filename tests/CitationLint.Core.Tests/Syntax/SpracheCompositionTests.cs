using Sprache;
using CandidateInput = CitationLint.Syntax.CandidateInput;
using CitationGrammar = CitationLint.Syntax.CitationGrammar;
using Grammar = CitationLint.Syntax.ComposedWithCombinators;
using Lexemes = CitationLint.Syntax.Lexemes;

// Only Sprache is imported here (the grammar's types by alias, which brings no extension methods): every query and
// combinator in this file is Sprache's own.
namespace CitationLint.Core.Tests.Syntax;

/// <summary>
/// The grammar's combinators and leaves compose with Sprache's, both ways round: Sprache's leaves and combinators
/// inside a query bound to <see cref="CitationLint.Syntax.Combinators"/> (<see cref="Grammar"/>), and Sprache's
/// combinators around <see cref="Lexemes"/>, over a <see cref="CandidateInput"/>, give what the same parser written
/// with Sprache alone gives over Sprache's own <see cref="Input"/>: success, value, remainder, expectations.
/// </summary>
public sealed class SpracheCompositionTests
{
    private static readonly Dictionary<string, Case> ByName = new()
    {
        // Sprache's leaves and combinators inside the grammar's combinators.
        ["Parse.Char"] = Case.Of(
            Grammar.Char,
            from di in Parse.Char('第')
            from digits in Parse.Char(IsAsciiDigit, "数字").Many()
            from tiao in Parse.Char('条')
            select di + new string(digits.ToArray()) + tiao,
            new("第12条"), new("第12款"), new("第条"), new("条")),
        ["Parse.String.Text"] = Case.Of(
            Grammar.StringText,
            from law in Parse.String("民法典").Text()
            from di in Parse.Char('第')
            select law + di,
            new("民法典第三条"), new("民法通则"), new("刑法")),
        ["Parse.Regex"] = Case.Of(
            Grammar.Regex,
            from number in Parse.Regex("[0-9]+", "数字")
            from tiao in Parse.Char('条')
            select number + tiao,
            new("12条"), new("十二条"), new("12条", End: 1), new("民法典第12条", Start: 4, End: 6)),
        ["Token"] = Case.Of(
            Grammar.Token,
            from di in Parse.Char('第').Token()
            from number in Parse.Number.Token()
            from tiao in Parse.Char('条')
            select di + number + tiao,
            new(" 第 12 条"), new("第12\n款")),
        ["Named"] = Case.Of(
            Grammar.Named,
            from di in Parse.Char('第')
            from number in Parse.Number.Named("条号")
            from tiao in Parse.Char('条')
            select number,
            new("第12条"), new("第十二条")),
        ["Positioned"] = Case.Of(
            Grammar.Positioned,
            from heading in Parse.Char(c => c != '第', "标题").Many()
            from article in (from di in Parse.Char('第')
                             from number in Parse.Number
                             from tiao in Parse.Char('条')
                             select new Located(di + number + tiao)).Positioned()
            select article.ToString(),
            new("总则\r\n第12条"), new("总则\n\n第3条", Start: 4), new("总则\n第十条")),
        ["XOr"] = Case.Of(
            Grammar.XOr,
            from number in Parse.String("第十").Text().XOr(Parse.String("第一").Text())
            from tiao in Parse.Char('条')
            select number + tiao,
            new("第十条"), new("第一条"), new("本条")),
        ["AtLeastOnce, Once, Then, Parse.Many"] = Case.Of(
            Grammar.AtLeastOnceOnceThen,
            from digits in Parse.Digit.AtLeastOnce().Text()
            from gap in Parse.Many(Parse.Char(' '))
            from tiao in Parse.Char('条').Once().Text()
            from inserted in Parse.Char('之').Then(zhi => Parse.Chars("一二三").Select(n => zhi + n.ToString())).Optional()
            select digits + tiao + inserted.GetOrElse(""),
            new("12 条之一"), new("12条之"), new("12款"), new("10320", End: 3)),
        ["Or"] = Case.Of(
            Grammar.Or,
            Parse.String("第一").Text().Or(Parse.String("第二").Text()),
            new("第一条"), new("第二条"), new("第三条"), new("本条")),
        ["Or after nothing consumed"] = Case.Of(
            Grammar.OrAfterNothingConsumed,
            Parse.Char('第').Many().Text().Or(Parse.String("本法").Text()),
            new("本法第三条"), new("第第"), new("该法")),
        ["Many"] = Case.Of(
            Grammar.Many,
            Parse.Chars("一二三四五六七八九十").Many().Text(),
            new("十二条"), new("条"), new("一二三", End: 2)),
        ["Optional"] = Case.Of(
            Grammar.Optional,
            from number in Parse.Number
            from kuan in Parse.Char('款').Optional()
            select number + (kuan.IsDefined ? "款" : ""),
            new("3款"), new("3条"), new("三款")),
        ["Where"] = Case.Of(
            Grammar.Where,
            Parse.Number.Where(n => n.Length <= 4),
            new("1032条"), new("10320条"), new("条")),
        ["Not"] = Case.Of(
            Grammar.Not,
            from number in Parse.Number
            from notInserted in Parse.Char('之').Not()
            select number,
            new("12条"), new("12之一"), new("12")),
        ["Return"] = Case.Of(
            Grammar.Return,
            Parse.Chars("至到").Return("range").Or(Parse.Chars("、和").Return("list")),
            new("至"), new("和"), new("或")),

        // Sprache's combinators around the grammar's leaves; the twins use the Sprache leaf that fails where the
        // grammar's does (Regex fails without consuming input, as Word and Run do).
        ["XOr around Word"] = Case.Of(
            Lexemes.Word("第十").XOr(Lexemes.Word("第一")),
            Parse.Regex("第十", "第十").XOr(Parse.Regex("第一", "第一")),
            new("第一条"), new("第三条")),
        ["XOr after OneOf then Word"] = Case.Of(
            Lexemes.OneOf("第", "第").Then(_ => Lexemes.Word("十条")).XOr(Lexemes.Word("第一条")),
            Parse.Char('第').Then(_ => Parse.Regex("十条", "十条")).XOr(Parse.Regex("第一条", "第一条")),
            new("第十条"), new("第一条"), new("本条")),
        ["Named around Run"] = Case.Of(
            Lexemes.Run(IsAsciiDigit, "数字").Named("条号"),
            Parse.Regex("[0-9]+", "数字").Named("条号"),
            new("12条"), new("十二条")),
        ["query around OneOf, Run, Skip"] = Case.Of(
            from di in Lexemes.OneOf("第", "第")
            from number in Lexemes.Run(IsAsciiDigit, "数字")
            from gap in Lexemes.Skip(" ")
            from tiao in Lexemes.OneOf("条", "条")
            select number + gap,
            from di in Parse.Char('第')
            from number in Parse.Regex("[0-9]+", "数字")
            from gap in Parse.Char(' ').Many().Select(s => s.Count())
            from tiao in Parse.Char('条')
            select number + gap,
            new("第12  条"), new("第十二条"), new("第12款"), new("第12", End: 2)),
        ["Or around Word"] = Case.Of(
            Lexemes.Word("本法").Or(Lexemes.Word("该法")),
            Parse.Regex("本法", "本法").Or(Parse.Regex("该法", "该法")),
            new("该法第三条"), new("同法")),
        ["AtLeastOnce around OneOf"] = Case.Of(
            Lexemes.OneOf("一二三四五六七八九十", "数字").AtLeastOnce().Text(),
            Parse.Char(c => "一二三四五六七八九十".Contains(c), "数字").AtLeastOnce().Text(),
            new("十二条"), new("条"), new("一二三", End: 2)),
        ["Positioned around Word"] = Case.Of(
            Lexemes.Word("第三条").Select(word => new Located(word)).Positioned(),
            Parse.Regex("第三条", "第三条").Select(word => new Located(word)).Positioned(),
            new("总则\n第三条", Start: 3), new("第四条")),
        ["Token around Word"] = Case.Of(
            Lexemes.Word("第三条").Token(),
            Parse.Regex("第三条", "第三条").Token(),
            new("  第三条 \n"), new("  第四条")),
    };

    public static TheoryData<string> Cases() => [.. ByName.Keys];

    internal static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    [Theory]
    [MemberData(nameof(Cases))]
    public void Composed_OverACandidateInput_GivesWhatSpracheGives(string name)
    {
        // The premise: the queries of Grammar bind to the grammar's combinators, this file's to Sprache's. (A parser
        // a combinator builds is a method of an object whose class is nested in the combinator's class: one of
        // Combinators' parser classes, or a closure class of Sprache's Parse.)
        static Type? Builder(Delegate parser) => parser.Target?.GetType().DeclaringType;
        Assert.Equal(typeof(CitationLint.Syntax.Combinators), Builder(Grammar.Char));
        Assert.Equal(typeof(Parse), Builder(ByName["Parse.Char"].SpracheParser));

        var test = ByName[name];
        var mismatches = test.Rows
            .Select(row => (row, expected: test.Sprache(row.SpracheInput()), actual: test.Composed(row.CandidateInput())))
            .Where(r => r.expected != r.actual)
            .Select(r => $"{r.row}: Sprache gives «{r.expected}», composed «{r.actual}»")
            .ToList();
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Composed_OverSprachesInput_GivesWhatSpracheGives(string name)
    {
        var test = ByName[name];
        var mismatches = test.Rows
            .Select(row => (row, expected: test.Sprache(row.SpracheInput()), actual: test.Composed(row.SpracheInput())))
            .Where(r => r.expected != r.actual)
            .Select(r => $"{r.row}: Sprache gives «{r.expected}», composed «{r.actual}»")
            .ToList();
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Fact]
    public void CandidateInput_StepsAsSprachesInputDoes()
    {
        const string text = "总则\r\n第一条\n\n第二条 本法";
        foreach (var (start, end) in new[] { (0, text.Length), (4, text.Length), (9, 14) })
        {
            IInput candidate = new CandidateInput(text, start, end);
            var input = new Row(text, start, end).SpracheInput();
            while (true)
            {
                var where = $"slice {start}..{end} at {input.Position}";
                Assert.True(candidate.Equals(input), where);
                Assert.Equal((input.Position, input.Line, input.Column, input.AtEnd), (candidate.Position, candidate.Line, candidate.Column, candidate.AtEnd));
                Assert.Equal(input.Source, candidate.Source);
                if (input.AtEnd)
                    break;
                Assert.Equal(input.Current, candidate.Current);
                candidate = candidate.Advance();
                input = input.Advance();
            }

            Assert.Throws<InvalidOperationException>(() => candidate.Advance());
        }
    }

    [Theory]
    [InlineData("第一次会议", 2)] // 第一 is read as an article number; 次 is not 条, 款 or 项
    [InlineData("本法规定", 2)] // 本法, then no article
    [InlineData("今日", 0)]
    public void Citation_FailsWhereItStoppedReading(string text, int position)
    {
        var input = new CandidateInput(text, 0, text.Length);
        var result = CitationGrammar.Citation(input);
        Assert.False(result.WasSuccessful);
        Assert.Equal(position, result.Remainder.Position);
        IEnumerable<string> named = position == 0 ? ["引用"] : result.Expectations; // Named renames a failure at the start only
        Assert.Equal(named, CitationGrammar.Citation.Named("引用")(input).Expectations);
        var otherwise = CitationGrammar.Citation.Select(_ => "citation").XOr(Parse.Return("none"))(input); // tried only if nothing was consumed
        Assert.Equal(position == 0 ? "none" : $"fails at {position}", otherwise.WasSuccessful ? otherwise.Value : $"fails at {otherwise.Remainder.Position}");
    }

    private static string Run<T>(Parser<T> parser, IInput input) => Describe(parser(input));

    private static string Describe<T>(IResult<T> result) => result.WasSuccessful
        ? $"ok {result.Value} at {result.Remainder.Position}"
        : $"fails at {result.Remainder.Position}, expecting [{string.Join(", ", result.Expectations)}]";

    private sealed record Case(Func<IInput, string> Sprache, Func<IInput, string> Composed, Delegate SpracheParser, Row[] Rows)
    {
        public static Case Of<T>(Parser<T> composed, Parser<T> sprache, params Row[] rows) =>
            new(input => Describe(sprache(input)), input => Run(composed, input), sprache, rows);
    }

    /// <summary>A text, read from <paramref name="Start"/> up to <paramref name="End"/> (its end when -1).</summary>
    private sealed record Row(string Text, int Start = 0, int End = -1)
    {
        public CandidateInput CandidateInput() => new(Text, Start, End < 0 ? Text.Length : End);

        /// <summary>Sprache's input over the same slice: the text cut at the end, advanced to the start.</summary>
        public IInput SpracheInput()
        {
            IInput input = new Input(End < 0 ? Text : Text[..End]);
            while (input.Position < Start)
                input = input.Advance();
            return input;
        }

        public override string ToString() => $"«{Text.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal)}»" + (Start > 0 || End >= 0 ? $" [{Start}..{(End < 0 ? Text.Length : End)}]" : "");
    }
}

/// <summary>A value that takes its place in the text from Sprache's <c>Positioned</c>.</summary>
public sealed record Located(string Text, int Start = -1, int Line = -1, int Column = -1, int Length = -1) : IPositionAware<Located>
{
    public Located SetPos(Position startPos, int length) =>
        this with { Start = startPos.Pos, Line = startPos.Line, Column = startPos.Column, Length = length };
}
