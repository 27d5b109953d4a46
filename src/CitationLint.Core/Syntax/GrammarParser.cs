using Sprache;

namespace CitationLint.Syntax;

/// <summary>
/// A parser of the grammar's own: a <see cref="Combinators">combinator</see> or a <see cref="Lexemes">leaf</see>. The
/// combinators read one another through <see cref="TryParse(IInput, out T, out IInput, out Expectation?)"/>, with no
/// result object, so a failed step costs nothing and a successful one only its value and remainder (most attempts at a
/// candidate position fail, at every level of a query). To everything else — Sprache's combinators, the grammar's
/// callers — it is the Sprache parser <see cref="Parser"/>, whose results are <see cref="Matched{T}"/> and
/// <see cref="NoMatch{T}"/>, as Sprache's own would be.
/// </summary>
internal abstract class GrammarParser<T>
{
    protected GrammarParser()
    {
        Parser = Parse;
    }

    /// <summary>This parser as a Sprache parser.</summary>
    public Parser<T> Parser { get; }

    /// <summary>
    /// Parses at <paramref name="input"/>: true with the value and the remainder; false with where the parse failed
    /// (as Sprache's failure's remainder) in <paramref name="remainder"/> and what was expected there.
    /// </summary>
    public abstract bool TryParse(IInput input, out T value, out IInput remainder, out Expectation? expected);

    /// <summary>Any parser, to be read as the grammar's: its own as it is, any other (Sprache's) through its results.</summary>
    public static GrammarParser<T> Of(Parser<T> parser) => OwnOf(parser) ?? new ResultReader(parser);

    /// <summary>
    /// <see cref="TryParse(IInput, out T, out IInput, out Expectation?)"/> for any parser, one chosen during the parse
    /// (a query's next part).
    /// </summary>
    public static bool TryParse(Parser<T> parser, IInput input, out T value, out IInput remainder, out Expectation? expected) =>
        OwnOf(parser) is { } own
            ? own.TryParse(input, out value, out remainder, out expected)
            : Read(parser(input), out value, out remainder, out expected);

    /// <summary>
    /// Reads a Sprache result: the grammar's own two result types with a type test each, any other through
    /// <see cref="IResult{T}"/>.
    /// </summary>
    public static bool Read(IResult<T> result, out T value, out IInput remainder, out Expectation? expected)
    {
        switch (result)
        {
            case Matched<T> matched:
                value = matched.Value;
                remainder = matched.Remainder;
                expected = null;
                return true;
            case NoMatch<T> failed:
                value = default!;
                remainder = failed.Remainder;
                expected = failed.Expected;
                return false;
            case { WasSuccessful: true }:
                value = result.Value;
                remainder = result.Remainder;
                expected = null;
                return true;
            default:
                value = default!;
                remainder = result.Remainder;
                expected = new Expectation(result.Message, result.Expectations);
                return false;
        }
    }

    /// <summary>A leaf written as one function (a shortcut that reads the text directly), as the grammar's own parser.</summary>
    public static Parser<T> FromFunction(ParseFunction parse) => new FunctionParser(parse).Parser;

    /// <summary>What <see cref="FromFunction"/> takes: <see cref="TryParse(IInput, out T, out IInput, out Expectation?)"/>'s shape.</summary>
    public delegate bool ParseFunction(IInput input, out T value, out IInput remainder, out Expectation? expected);

    private static GrammarParser<T>? OwnOf(Parser<T> parser) =>
        parser.Target is GrammarParser<T> own && ReferenceEquals(own.Parser, parser) ? own : null;

    private IResult<T> Parse(IInput input) =>
        TryParse(input, out var value, out var remainder, out var expected)
            ? new Matched<T>(value, remainder)
            : new NoMatch<T>(remainder, expected!);

    // A function read directly, with no result object: the shortcuts run at every candidate position.
    private sealed class FunctionParser(ParseFunction parse) : GrammarParser<T>
    {
        public override bool TryParse(IInput input, out T value, out IInput remainder, out Expectation? expected) =>
            parse(input, out value, out remainder, out expected);
    }

    /// <summary>A parser that is not the grammar's own (Sprache's, a lambda), read through its results.</summary>
    private sealed class ResultReader(Parser<T> parser) : GrammarParser<T>
    {
        public override bool TryParse(IInput input, out T value, out IInput remainder, out Expectation? expected) =>
            Read(parser(input), out value, out remainder, out expected);
    }
}
