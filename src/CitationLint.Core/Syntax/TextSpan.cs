namespace CitationLint.Syntax;

/// <summary>A half-open range of UTF-16 offsets into a document's original text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of UTF-16 code units covered.</summary>
    public int Length => End - Start;

    /// <summary>True when <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;
}
