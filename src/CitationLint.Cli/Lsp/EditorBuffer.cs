using CitationLint.Cli.Lsp.Protocol;
using CitationLint.Documents;

namespace CitationLint.Cli.Lsp;

/// <summary>
/// A document open in the editor: the text the editor holds (unsaved edits included — what is checked, never the file
/// on disk), its version, and the mapping between LSP positions and offsets in the text. Lines end at \n, \r\n or \r,
/// as the protocol counts them; characters are UTF-16 code units, as C# strings are, so a surrogate pair is two.
/// </summary>
internal sealed class EditorBuffer
{
    private int[] _lineStarts;

    public EditorBuffer(string uri, string languageId, int version, string text)
        : this(uri, languageId is "plaintext" or "text" ? DocumentFormat.PlainText : DocumentFormat.Markdown, version, text, LineStarts(text))
    {
    }

    private EditorBuffer(string uri, DocumentFormat format, int version, string text, int[] lineStarts)
    {
        Uri = uri;
        Format = format;
        Version = version;
        Text = text;
        _lineStarts = lineStarts;
    }

    public string Uri { get; }

    /// <summary>Markdown unless the editor says plain text (VS Code's plaintext, Neovim's and Helix's text).</summary>
    public DocumentFormat Format { get; }

    public int Version { get; private set; }

    public string Text { get; private set; }

    /// <summary>A copy as it is now, for a check to read while later changes apply to this one.</summary>
    public EditorBuffer Snapshot() => new(Uri, Format, Version, Text, _lineStarts);

    /// <summary>
    /// The path the document's configuration is looked up from (its .editorconfig): a file: URI's path; for an unsaved
    /// buffer (untitled:), a file of that name in the server's current folder.
    /// </summary>
    public string Path
    {
        get
        {
            if (System.Uri.TryCreate(Uri, UriKind.Absolute, out var uri) && uri.IsFile)
                return uri.LocalPath;
            var name = Uri[(Uri.LastIndexOfAny([':', '/']) + 1)..];
            return System.IO.Path.Combine(Directory.GetCurrentDirectory(), name.Length > 0 ? name : "untitled");
        }
    }

    /// <summary>Applies didChange's changes in order: each is a full text (no range) or a range's replacement.</summary>
    public void Apply(int version, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var change in changes)
        {
            if (change.Range is not { } range)
            {
                Text = change.Text;
            }
            else
            {
                var start = OffsetOf(range.Start);
                var end = Math.Max(start, OffsetOf(range.End));
                Text = string.Concat(Text.AsSpan(0, start), change.Text, Text.AsSpan(end));
            }

            _lineStarts = LineStarts(Text);
        }

        Version = version;
    }

    /// <summary>
    /// The offset of a position; a character past its line's end is the line's end and a line past the last is the
    /// text's end, as the protocol says.
    /// </summary>
    public int OffsetOf(Position position)
    {
        ArgumentNullException.ThrowIfNull(position);
        if (position.Line < 0)
            return 0;
        if (position.Line >= _lineStarts.Length)
            return Text.Length;
        var start = _lineStarts[position.Line];
        var end = LineEnd(position.Line);
        return start + Math.Clamp(position.Character, 0, end - start);
    }

    /// <summary>The position of an offset.</summary>
    public Position PositionOf(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
            line = ~line - 1;
        return new Position(line, offset - _lineStarts[line]);
    }

    /// <summary>The range of a span of the text.</summary>
    public Protocol.Range RangeOf(Syntax.TextSpan span) => new(PositionOf(span.Start), PositionOf(span.End));

    // The offset where a line's text ends, before its line break.
    private int LineEnd(int line)
    {
        if (line + 1 >= _lineStarts.Length)
            return Text.Length;
        var next = _lineStarts[line + 1];
        return next >= 2 && Text[next - 2] == '\r' && Text[next - 1] == '\n' ? next - 2 : next - 1;
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
                starts.Add(i + 1);
        }

        return [.. starts];
    }
}
