namespace CitationLint.Syntax;

/// <summary>
/// Finds every citation in a text: the grammar runs at each candidate position, left to right; a position inside a
/// citation already found is skipped, but the citation's quote is read for citations of its own (本法第五百一十条).
/// </summary>
public static class CitationFinder
{
    /// <summary>The citations in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<CitationSyntax> Find(string text) => Find(text, CandidateScanner.Scan(text));

    /// <summary>
    /// The same search with the grammar at every position instead of the candidate scan: slow, kept to prove that
    /// the scan never loses a citation.
    /// </summary>
    public static IReadOnlyList<CitationSyntax> FindAtEveryPosition(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var positions = new int[text.Length];
        for (var i = 0; i < positions.Length; i++)
            positions[i] = i;
        return Find(text, positions);
    }

    /// <summary>
    /// The citation that starts at <paramref name="position"/>, with its quote and statute-text body, or null: what
    /// the search reads at each candidate.
    /// </summary>
    public static CitationSyntax? ParseAt(string text, int position)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!CitationGrammar.TryParse(text, position, out var citation))
            return null;
        var quote = QuoteReader.Read(text, citation!);
        var body = QuoteReader.ReadBody(text, citation!, quote);
        return quote is null && body is null ? citation : citation! with { Quote = quote, Body = body }; // one copy, not one a part
    }

    private static List<CitationSyntax> Find(string text, IReadOnlyList<int> candidates)
    {
        var citations = new List<CitationSyntax>();
        var resumeAt = 0;
        for (var c = 0; c < candidates.Count; c++)
        {
            var position = candidates[c];
            if (position < resumeAt || ParseAt(text, position) is not { } citation)
                continue;
            citations.Add(citation);
            resumeAt = citation.Span.End;
        }

        return citations;
    }
}
