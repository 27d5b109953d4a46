using CitationLint.Syntax;

namespace CitationLint.Documents;

/// <summary>A 1-based line and UTF-16 column.</summary>
public readonly record struct LinePosition(int Line, int Column);

/// <summary>
/// A document ready for the citation scan: its original text, and its prose — the same text with everything that
/// is not prose (code, HTML, link targets, front matter, emphasis marks) blanked out, so offsets in the prose are
/// offsets in the file.
/// </summary>
public sealed class SourceDocument
{
    // Found on first use: a document without citations never needs them. (Two threads that both find them find the
    // same.)
    private int[]? _lineStarts;

    /// <summary>Creates a document; <paramref name="prose"/> must have the length of <paramref name="text"/>.</summary>
    public SourceDocument(string path, string text, string prose, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(prose);
        if (prose.Length != text.Length)
            throw new ArgumentException("The prose must keep every offset of the text.", nameof(prose));
        Path = path;
        Text = text;
        Prose = prose;
        Date = date;
    }

    /// <summary>The path as given by the user.</summary>
    public string Path { get; }

    /// <summary>The text as read from the file.</summary>
    public string Text { get; }

    /// <summary>The text with non-prose blanked (spaces; line breaks kept).</summary>
    public string Prose { get; }

    /// <summary>The document's own date (front matter <c>date:</c>), if it has one.</summary>
    public DateOnly? Date { get; }

    /// <summary>
    /// What the reader could not take as written, for the host to show as a warning naming the file: a front matter
    /// date that is no date, Markdown too deeply nested to parse. Null when nothing.
    /// </summary>
    public ReadingNote? ReadingNote { get; init; }

    /// <summary>A fingerprint of the bytes the file was read from (null for text from memory), to notice changes.</summary>
    public string? Fingerprint { get; init; }

    /// <summary>The encoding the file was read in (<see cref="TextEncodings"/>); fixes are written back in it.</summary>
    public string Encoding { get; init; } = TextEncodings.Utf8;

    /// <summary>The line and column of an offset; an offset at a line break belongs to that line.</summary>
    public LinePosition GetPosition(int offset)
    {
        var lineStarts = _lineStarts ??= LineStarts(Text);
        var line = Array.BinarySearch(lineStarts, offset);
        if (line < 0)
            line = ~line - 1;
        return new LinePosition(line + 1, offset - lineStarts[line] + 1);
    }

    /// <summary>The original text of a span.</summary>
    public string GetText(TextSpan span) => Text.Substring(span.Start, span.Length);

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        var i = 0;
        while ((i = text.IndexOf('\n', i)) >= 0)
            starts.Add(++i);
        return [.. starts];
    }
}
