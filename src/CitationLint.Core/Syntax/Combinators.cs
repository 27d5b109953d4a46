using System.Runtime.CompilerServices;
using Sprache;

namespace CitationLint.Syntax;

/// <summary>
/// The Sprache combinators the grammar is written with (LINQ query syntax, Or, Many, Optional, Where, Return, Not),
/// with Sprache's meaning — same values, same remainders, the same failures at the same places — but built once and
/// without result objects between them: Sprache's own versions make new closures and parsers on every step of every
/// parse (Select builds a Then, SelectMany a Select) and a result object at each, about 20 KB per candidate position,
/// which made the grammar the slowest stage of a check. Defined in this namespace, these are the ones the grammar's
/// extension-method calls and query expressions bind to.
/// <para>
/// They accept any Sprache parser. The grammar's own (<see cref="GrammarParser{T}"/>: these combinators and
/// <see cref="Lexemes"/>) are read through <see cref="GrammarParser{T}.TryParse(IInput, out T, out IInput, out Expectation?)"/>;
/// any other — Sprache's leaves and combinators (Parse.Char, Parse.String, Parse.Regex, Token, Named, XOr, Positioned,
/// AtLeastOnce, Once, Then…), the grammar's lambdas — through its results: with a type test when it is a
/// <see cref="Matched{T}"/> or <see cref="NoMatch{T}"/>, through <see cref="IResult{T}"/> otherwise. What they build is
/// a Sprache parser in turn, which succeeds with a <see cref="Matched{T}"/> and fails with a <see cref="NoMatch{T}"/>
/// that keeps where it failed and what was expected there, so Sprache's combinators around it (XOr, Named, Then and Or
/// read a failure's remainder) behave as around Sprache's own. Only Sprache's failure messages are not reproduced;
/// nothing in the linter reads them.
/// </para>
/// </summary>
internal static class Combinators
{
    /// <summary>Projects a successful result; a failure is passed on as it is.</summary>
    public static Parser<TResult> Select<T, TResult>(this Parser<T> parser, Func<T, TResult> convert) =>
        new SelectParser<T, TResult>(GrammarParser<T>.Of(parser), convert).Parser;

    /// <summary>The next parser of a query, chosen from the previous one's value; either one's failure is passed on.</summary>
    public static Parser<TResult> SelectMany<T, TNext, TResult>(
        this Parser<T> parser, Func<T, Parser<TNext>> selector, Func<T, TNext, TResult> projector) =>
        new SelectManyParser<T, TNext, TResult>(GrammarParser<T>.Of(parser), selector, projector).Parser;

    /// <summary>Succeeds when the value satisfies <paramref name="predicate"/>; fails at the start otherwise.</summary>
    public static Parser<T> Where<T>(this Parser<T> parser, Func<T, bool> predicate) =>
        new WhereParser<T>(GrammarParser<T>.Of(parser), predicate).Parser;

    /// <summary>
    /// The first parser's result, or the second's when the first fails or consumes nothing. When both fail, the
    /// failure that got further; at the same place, the first's with both parsers' expectations (Sprache's rule).
    /// </summary>
    public static Parser<T> Or<T>(this Parser<T> first, Parser<T> second) =>
        new OrParser<T>(GrammarParser<T>.Of(first), GrammarParser<T>.Of(second)).Parser;

    /// <summary>Zero or more, as long as each consumes input; never fails.</summary>
    public static Parser<IEnumerable<T>> Many<T>(this Parser<T> parser) => new ManyParser<T>(GrammarParser<T>.Of(parser)).Parser;

    /// <summary>Some value, or none without consuming input; never fails.</summary>
    public static Parser<IOption<T>> Optional<T>(this Parser<T> parser) => new OptionalParser<T>(GrammarParser<T>.Of(parser)).Parser;

    /// <summary>A fixed value when the parser succeeds; its failure otherwise.</summary>
    public static Parser<TResult> Return<T, TResult>(this Parser<T> parser, TResult value) =>
        new ReturnParser<T, TResult>(GrammarParser<T>.Of(parser), value).Parser;

    /// <summary>Succeeds, consuming nothing, where the parser fails; fails at the start where it succeeds.</summary>
    public static Parser<object?> Not<T>(this Parser<T> parser) => new NotParser<T>(GrammarParser<T>.Of(parser)).Parser;

    /// <summary>Whether two inputs are at the same place (Sprache compares them with Equals; the same object usually).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Same(IInput input, IInput other) => ReferenceEquals(input, other) || input.Equals(other);

    private sealed class SelectParser<T, TResult>(GrammarParser<T> parser, Func<T, TResult> convert) : GrammarParser<TResult>
    {
        public override bool TryParse(IInput input, out TResult value, out IInput remainder, out Expectation? expected)
        {
            if (parser.TryParse(input, out var parsed, out remainder, out expected))
            {
                value = convert(parsed);
                return true;
            }

            value = default!;
            return false;
        }
    }

    private sealed class SelectManyParser<T, TNext, TResult>(
        GrammarParser<T> parser, Func<T, Parser<TNext>> selector, Func<T, TNext, TResult> projector) : GrammarParser<TResult>
    {
        public override bool TryParse(IInput input, out TResult value, out IInput remainder, out Expectation? expected)
        {
            if (parser.TryParse(input, out var first, out remainder, out expected)
                && GrammarParser<TNext>.TryParse(selector(first), remainder, out var second, out remainder, out expected))
            {
                value = projector(first, second);
                return true;
            }

            value = default!;
            return false;
        }
    }

    private sealed class WhereParser<T>(GrammarParser<T> parser, Func<T, bool> predicate) : GrammarParser<T>
    {
        public override bool TryParse(IInput input, out T value, out IInput remainder, out Expectation? expected)
        {
            if (!parser.TryParse(input, out value, out remainder, out expected))
                return false;
            if (predicate(value))
                return true;
            remainder = input;
            expected = Expectation.Nothing;
            return false;
        }
    }

    private sealed class OrParser<T>(GrammarParser<T> first, GrammarParser<T> second) : GrammarParser<T>
    {
        // The last merge of the two parsers' expectations: nearly always the same two, each a leaf's own.
        private Expectation? _merged;

        public override bool TryParse(IInput input, out T value, out IInput remainder, out Expectation? expected)
        {
            if (first.TryParse(input, out value, out remainder, out expected))
            {
                if (!Same(remainder, input))
                    return true;
                if (second.TryParse(input, out var other, out var otherRemainder, out _))
                {
                    value = other;
                    remainder = otherRemainder;
                }

                return true;
            }

            var failedAt = remainder;
            var firstExpected = expected!;
            if (second.TryParse(input, out value, out remainder, out expected))
                return true;
            var position = failedAt.Position;
            var secondPosition = remainder.Position;
            if (secondPosition > position)
                return false;
            expected = secondPosition < position ? firstExpected : Merge(firstExpected, expected!);
            remainder = failedAt;
            return false;
        }

        private Expectation Merge(Expectation first, Expectation alternative)
        {
            if (ReferenceEquals(first, alternative))
                return first;
            var merged = _merged;
            if (merged is null || !merged.Merges(first, alternative))
                _merged = merged = first.Or(alternative);
            return merged;
        }
    }

    private sealed class ManyParser<T>(GrammarParser<T> parser) : GrammarParser<IEnumerable<T>>
    {
        public override bool TryParse(IInput input, out IEnumerable<T> value, out IInput remainder, out Expectation? expected)
        {
            remainder = input;
            List<T>? values = null;
            while (parser.TryParse(remainder, out var item, out var next, out _) && !Same(remainder, next))
            {
                (values ??= []).Add(item);
                remainder = next;
            }

            value = values ?? (IEnumerable<T>)[];
            expected = null;
            return true;
        }
    }

    private sealed class OptionalParser<T>(GrammarParser<T> parser) : GrammarParser<IOption<T>>
    {
        public override bool TryParse(IInput input, out IOption<T> value, out IInput remainder, out Expectation? expected)
        {
            if (parser.TryParse(input, out var parsed, out remainder, out expected))
            {
                value = new OptionalValue<T>(parsed);
                return true;
            }

            value = OptionalValue<T>.Empty;
            remainder = input;
            expected = null;
            return true;
        }
    }

    private sealed class ReturnParser<T, TResult>(GrammarParser<T> parser, TResult result) : GrammarParser<TResult>
    {
        public override bool TryParse(IInput input, out TResult value, out IInput remainder, out Expectation? expected)
        {
            if (parser.TryParse(input, out _, out remainder, out expected))
            {
                value = result;
                return true;
            }

            value = default!;
            return false;
        }
    }

    private sealed class NotParser<T>(GrammarParser<T> parser) : GrammarParser<object?>
    {
        public override bool TryParse(IInput input, out object? value, out IInput remainder, out Expectation? expected)
        {
            value = null;
            remainder = input;
            if (parser.TryParse(input, out _, out _, out _))
            {
                expected = Expectation.Nothing;
                return false;
            }

            expected = null;
            return true;
        }
    }
}

/// <summary>
/// A successful parse: the value and where the input goes on. The grammar's parsers succeed with this sealed type when
/// called as Sprache parsers, and <see cref="GrammarParser{T}.Read"/> reads one with a type test rather than three
/// interface calls.
/// </summary>
internal sealed class Matched<T>(T value, IInput remainder) : IResult<T>
{
    public T Value { get; } = value;

    public IInput Remainder { get; } = remainder;

    public bool WasSuccessful => true;

    public string Message => string.Empty;

    public IEnumerable<string> Expectations => [];
}

/// <summary>Sprache's <see cref="IOption{T}"/> (its own implementations are internal); one shared empty value per type.</summary>
internal sealed class OptionalValue<T> : IOption<T>
{
    public static readonly OptionalValue<T> Empty = new();

    private readonly T _value;

    public OptionalValue(T value)
    {
        _value = value;
        IsDefined = true;
    }

    private OptionalValue()
    {
        _value = default!;
    }

    public bool IsEmpty => !IsDefined;

    public bool IsDefined { get; }

    public T GetOrDefault() => _value;

    public T Get() => IsDefined ? _value : throw new InvalidOperationException("No value: the optional part was absent.");
}

/// <summary>
/// A failed parse, as Sprache's failure: its remainder is where it failed, which Sprache's XOr, Named, Or and Then read
/// (XOr tries its second parser only when the first failed without consuming input); what was expected there is a
/// shared <see cref="Expectation"/>, one per leaf parser.
/// </summary>
internal sealed class NoMatch<T>(IInput remainder, Expectation expected) : IResult<T>
{
    public IInput Remainder { get; } = remainder;

    /// <summary>What the failed parser expected.</summary>
    public Expectation Expected { get; } = expected;

    public T Value => throw new InvalidOperationException("No value: the parse failed.");

    public bool WasSuccessful => false;

    public string Message => Expected.Message;

    public IEnumerable<string> Expectations => Expected.Expectations;
}

/// <summary>
/// What a failed parse expected: made once per leaf parser and shared by all its failures; two merged when alternatives
/// fail at the same place.
/// </summary>
internal sealed class Expectation
{
    /// <summary>Expected nothing in particular: Where's and Not's failures (Sprache gives them no expectation).</summary>
    public static readonly Expectation Nothing = new("unexpected input", []);

    // A leaf's own expectations, or two merged ones (read only when asked for).
    private readonly IEnumerable<string>? _expectations;
    private readonly Expectation? _first;
    private readonly Expectation? _alternative;

    /// <summary>Expects <paramref name="name"/>.</summary>
    public Expectation(string name)
        : this("expected " + name, [name])
    {
    }

    public Expectation(string message, IEnumerable<string> expectations)
    {
        Message = message;
        _expectations = expectations;
    }

    private Expectation(Expectation first, Expectation alternative)
    {
        Message = first.Message;
        _first = first;
        _alternative = alternative;
    }

    public string Message { get; }

    /// <summary>The expectations; two merged ones as Sprache merges them, a union in order.</summary>
    public IEnumerable<string> Expectations => _expectations ?? _first!.Expectations.Union(_alternative!.Expectations);

    /// <summary>These expectations or <paramref name="alternative"/>'s.</summary>
    public Expectation Or(Expectation alternative) => new(this, alternative);

    /// <summary>Whether these are <paramref name="first"/>'s expectations merged with <paramref name="alternative"/>'s.</summary>
    public bool Merges(Expectation first, Expectation alternative) =>
        ReferenceEquals(_first, first) && ReferenceEquals(_alternative, alternative);
}
