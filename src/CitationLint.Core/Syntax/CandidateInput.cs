using Sprache;

namespace CitationLint.Syntax;

/// <summary>
/// Sprache input over a bounded slice of a document, starting at a candidate position. Offsets are the document's
/// own, so spans need no translation; line and column are computed later from the document's line map.
/// </summary>
internal sealed class CandidateInput : IInput
{
    private IDictionary<object, object>? _memos;
    private IResult<int>? _position;
    private IResult<int>? _nothingSkipped;

    public CandidateInput(string source, int position, int end)
    {
        Source = source;
        Position = position;
        End = end;
    }

    public string Source { get; }

    public int Position { get; }

    /// <summary>The exclusive end of the slice the grammar may read.</summary>
    public int End { get; }

    public char Current => Source[Position];

    public bool AtEnd => Position >= End;

    public int Line => 0;

    public int Column => Position;

    /// <summary>The grammar's "where am I" step, made once per input: spans take it at both ends of each part.</summary>
    public IResult<int> PositionResult => _position ??= new Matched<int>(Position, this);

    /// <summary>A layout skip that found nothing to skip here (the usual case), made once per input.</summary>
    public IResult<int> NothingSkipped => _nothingSkipped ??= new Matched<int>(0, this);

    public IDictionary<object, object> Memos => _memos ??= new Dictionary<object, object>();

    public IInput Advance()
    {
        if (AtEnd)
            throw new InvalidOperationException("The input is already at the end of the candidate slice.");
        return new CandidateInput(Source, Position + 1, End);
    }

    public bool Equals(IInput? other) =>
        other is not null && ReferenceEquals(Source, other.Source) && Position == other.Position;

    public override bool Equals(object? obj) => obj is IInput other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Source, Position);
}
