using Sprache;

namespace CitationLint.Syntax;

/// <summary>
/// Sprache input over a bounded slice of a document, from a candidate position up to <see cref="End"/>. Offsets are
/// the document's own, so spans need no translation. To Sprache it is the document cut at <see cref="End"/>, read
/// from <see cref="Position"/>, exactly as its own <see cref="Input"/> over that text would be there: at its end at
/// <see cref="End"/>, with the same line and column, equal where the position is.
/// </summary>
internal sealed class CandidateInput : IInput
{
    private IDictionary<object, object>? _memos;

    public CandidateInput(string text, int position, int end)
    {
        Text = text;
        Position = position;
        End = end;
    }

    /// <summary>The whole document. (Sprache's <see cref="IInput.Source"/> is the document up to <see cref="End"/>.)</summary>
    public string Text { get; }

    public int Position { get; }

    /// <summary>The exclusive end of the slice the grammar may read.</summary>
    public int End { get; }

    /// <summary>
    /// The text Sprache reads: the document up to <see cref="End"/> (its Regex matches against it), copied when the
    /// slice ends before the document. The grammar reads <see cref="Text"/>.
    /// </summary>
    string IInput.Source => End == Text.Length ? Text : Text.Substring(0, End);

    public char Current => Text[Position];

    public bool AtEnd => Position >= End;

    /// <summary>
    /// The 1-based line, as Sprache counts it: line breaks (<c>\n</c>) before <see cref="Position"/>, plus one.
    /// Counted when asked for — by Sprache's Positioned and its failure messages; the grammar never asks, its spans
    /// are offsets, and lines come later from the document's line map.
    /// </summary>
    public int Line
    {
        get
        {
            var line = 1;
            var before = Text.AsSpan(0, Position);
            for (var next = before.IndexOf('\n'); next >= 0; next = before.IndexOf('\n'))
            {
                line++;
                before = before.Slice(next + 1);
            }

            return line;
        }
    }

    /// <summary>The 1-based column, as Sprache counts it: characters since the last line break, plus one.</summary>
    public int Column => Position - Text.AsSpan(0, Position).LastIndexOf('\n');

    public IDictionary<object, object> Memos => _memos ??= new Dictionary<object, object>();

    public IInput Advance()
    {
        if (AtEnd)
            throw new InvalidOperationException("The input is already at the end of the candidate slice.");
        return new CandidateInput(Text, Position + 1, End);
    }

    /// <summary>At the same position of the same text (<see cref="IInput.Source"/>), as Sprache's <see cref="Input"/> compares.</summary>
    public bool Equals(IInput? other) => other switch
    {
        null => false,
        CandidateInput candidate => Position == candidate.Position && End == candidate.End && string.Equals(Text, candidate.Text),
        _ => Position == other.Position && string.Equals(((IInput)this).Source, other.Source),
    };

    public override bool Equals(object? obj) => obj is IInput other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Text, Position);

    public override string ToString() => $"Line {Line}, Column {Column}";
}
