using Sprache;

namespace CitationLint.Syntax;

/// <summary>
/// The Sprache combinators the grammar is written with (LINQ query syntax, Or, Many, Optional, Return, Not), with
/// Sprache's results — same values, same remainders — but built once: Sprache's own versions make new closures and
/// parsers on every step of every parse (Select builds a Then, SelectMany a Select), about 20 KB per candidate
/// position, which made the grammar the slowest stage of a check. Successes are <see cref="Matched{T}"/>, read
/// without interface calls; failures are the shared <see cref="NoMatch{T}"/>: the grammar never reports why a
/// position holds no citation. Defined in this namespace, these are the ones the grammar's extension-method calls
/// and query expressions bind to.
/// </summary>
internal static class Combinators
{
    /// <summary>Projects a successful result.</summary>
    public static Parser<TResult> Select<T, TResult>(this Parser<T> parser, Func<T, TResult> convert) => input =>
        parser(input) is Matched<T> result ? new Matched<TResult>(convert(result.Value), result.Remainder) : NoMatch<TResult>.Instance;

    /// <summary>The next parser of a query, chosen from the previous one's value.</summary>
    public static Parser<TResult> SelectMany<T, TNext, TResult>(
        this Parser<T> parser, Func<T, Parser<TNext>> selector, Func<T, TNext, TResult> projector) => input =>
    {
        if (parser(input) is not Matched<T> first)
            return NoMatch<TResult>.Instance;
        var value = first.Value;
        return selector(value)(first.Remainder) is Matched<TNext> second
            ? new Matched<TResult>(projector(value, second.Value), second.Remainder)
            : NoMatch<TResult>.Instance;
    };

    /// <summary>Succeeds when the value satisfies <paramref name="predicate"/>; fails at the start otherwise.</summary>
    public static Parser<T> Where<T>(this Parser<T> parser, Func<T, bool> predicate) => input =>
    {
        var result = parser(input);
        return result is Matched<T> matched && !predicate(matched.Value) ? NoMatch<T>.Instance : result;
    };

    /// <summary>
    /// The first parser's result, or the second's when the first fails or consumes nothing. (When both fail, the
    /// first's failure is returned as it is: no caller reads the merged expectations Sprache would build.)
    /// </summary>
    public static Parser<T> Or<T>(this Parser<T> first, Parser<T> second) => input =>
    {
        var result = first(input);
        if (result is Matched<T> matched && matched.Consumed(input))
            return result;
        var other = second(input);
        return other is Matched<T> ? other : result;
    };

    /// <summary>Zero or more, as long as each consumes input.</summary>
    public static Parser<IEnumerable<T>> Many<T>(this Parser<T> parser) => input =>
    {
        var remainder = input;
        List<T>? values = null;
        while (parser(remainder) is Matched<T> result && result.Consumed(remainder))
        {
            (values ??= []).Add(result.Value);
            remainder = result.Remainder;
        }

        return new Matched<IEnumerable<T>>(values ?? (IEnumerable<T>)[], remainder);
    };

    /// <summary>Some value, or none without consuming input.</summary>
    public static Parser<IOption<T>> Optional<T>(this Parser<T> parser) => input =>
        parser(input) is Matched<T> result
            ? new Matched<IOption<T>>(new OptionalValue<T>(result.Value), result.Remainder)
            : new Matched<IOption<T>>(OptionalValue<T>.Empty, input);

    /// <summary>A fixed value when the parser succeeds.</summary>
    public static Parser<TResult> Return<T, TResult>(this Parser<T> parser, TResult value) => input =>
        parser(input) is Matched<T> result ? new Matched<TResult>(value, result.Remainder) : NoMatch<TResult>.Instance;

    /// <summary>Succeeds, consuming nothing, where the parser fails.</summary>
    public static Parser<object?> Not<T>(this Parser<T> parser) => input =>
        parser(input) is Matched<T> ? NoMatch<object?>.Instance : new Matched<object?>(null, input);
}

/// <summary>
/// A successful parse: the value and where the input goes on. Every parser of the grammar succeeds with this sealed
/// type, so the combinators read a result with one type test rather than three interface calls per step.
/// </summary>
internal sealed class Matched<T>(T value, IInput remainder) : IResult<T>
{
    public T Value { get; } = value;

    public IInput Remainder { get; } = remainder;

    public bool WasSuccessful => true;

    public string Message => string.Empty;

    public IEnumerable<string> Expectations => [];

    /// <summary>Whether the parse moved past <paramref name="input"/>, where it started.</summary>
    public bool Consumed(IInput input) => !ReferenceEquals(Remainder, input) && !Remainder.Equals(input);
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
/// A failed parse. Most attempts at a candidate position fail, at every level of the grammar; one shared failure per
/// result type (or per leaf parser, naming what it expects) spares an allocation each time. It keeps no position:
/// nothing reads where a failed attempt stopped.
/// </summary>
internal sealed class NoMatch<T>(string expected) : IResult<T>
{
    /// <summary>The failure combinators pass on.</summary>
    public static readonly NoMatch<T> Instance = new("a citation");

    public T Value => throw new InvalidOperationException("No value: the parse failed.");

    public bool WasSuccessful => false;

    public string Message => "expected " + expected;

    public IEnumerable<string> Expectations => [expected];

    public IInput Remainder => throw new InvalidOperationException("A failed parse keeps no position.");
}
