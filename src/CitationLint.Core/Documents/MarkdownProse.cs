using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CitationLint.Documents;

/// <summary>
/// Reads Markdown through Markdig and blanks everything that is not prose: code blocks and inline code, raw HTML,
/// link and image targets, link reference definitions, YAML front matter, and emphasis delimiters (so
/// **《民法典》**第1032条 still reads as one citation). Offsets are kept: CRLF files and front matter included.
/// </summary>
public static class MarkdownProse
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .Build();

    /// <summary>Deeper than this, a document is not worth Markdig's quadratic time.</summary>
    public const int MaxNesting = 64;

    /// <summary>True when some line opens more than <see cref="MaxNesting"/> quote or list levels.</summary>
    public static bool NestsTooDeep(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        // Only the start of each line matters: jump from line to line.
        for (var lineStart = 0; lineStart < markdown.Length;)
        {
            var depth = 0;
            var indent = 0;
            for (var i = lineStart; i < markdown.Length; i++)
            {
                var c = markdown[i];
                if (c == '>')
                    depth++;
                else if (c == ' ')
                    indent++;
                else if (c == '\t')
                    indent += 4;
                else if (c is not ('-' or '*' or '+'))
                    break;
                if (depth > MaxNesting || indent > MaxNesting * 4)
                    return true;
            }

            var lineEnd = markdown.IndexOf('\n', lineStart);
            if (lineEnd < 0)
                break;
            lineStart = lineEnd + 1;
        }

        return false;
    }

    /// <summary>The prose of <paramref name="markdown"/> and the front matter's date, if any.</summary>
    public static (string Prose, DateOnly? Date) Read(string markdown)
    {
        var (prose, date, _) = ReadNoting(markdown);
        return (prose, date);
    }

    /// <summary>
    /// As <see cref="Read"/>, with what could not be read as written: a front matter <c>date:</c> that is no date
    /// (2021-02-30), or Markdown nested deeper than Markdig takes (read as plain text, every offset kept).
    /// </summary>
    internal static (string Prose, DateOnly? Date, ReadingNote? Note) ReadNoting(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (TryReadWithoutMarkup(markdown, out var plain))
            return (plain, null, null);
        try
        {
            return ReadWithMarkdig(markdown);
        }
        catch (ArgumentException) // Markdig's depth limit (20,000 brackets): the file is still checked, as plain text
        {
            return (markdown, null, new ReadingNote(ReadingNoteKind.NestedTooDeeply));
        }
    }

    /// <summary>
    /// The prose Markdig would give, without Markdig, for a document that has no character that opens code, HTML,
    /// a link, emphasis or an autolink (` &lt; [ * _ ~) outside HTML comments on lines of their own, no indented
    /// line and no front matter — most statute texts and many articles: blanking their comment lines is all Markdig
    /// would do (a test holds the two to the same prose). False for anything else.
    /// </summary>
    internal static bool TryReadWithoutMarkup(string markdown, out string prose)
    {
        prose = markdown;
        if (markdown.StartsWith("---", StringComparison.Ordinal))
            return false;
        List<(int Start, int End)>? comments = null;
        for (var lineStart = 0; lineStart < markdown.Length;)
        {
            var lineEnd = markdown.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? markdown.Length : lineEnd + 1;
            var line = markdown.AsSpan(lineStart, lineEnd - lineStart);
            if (line.StartsWith("<!--".AsSpan(), StringComparison.Ordinal))
            {
                // An HTML comment block: from this line to the end of the line holding -->.
                var close = markdown.IndexOf("-->", lineStart + 4, StringComparison.Ordinal);
                if (close < 0)
                    return false;
                var blockEnd = markdown.IndexOf('\n', close);
                blockEnd = blockEnd < 0 ? markdown.Length : blockEnd + 1;
                (comments ??= []).Add((lineStart, blockEnd));
                lineStart = blockEnd;
                continue;
            }

            if (line.StartsWith("    ".AsSpan(), StringComparison.Ordinal) || (line.Length > 0 && line[0] == '\t') || line.IndexOfAny(MarkupStarts) >= 0)
                return false;
            lineStart = lineEnd;
        }

        if (comments is not null)
            prose = Blanked(markdown, comments);
        return true;
    }

    // The text with the comment blocks' characters blanked (line breaks kept), written once into the new string.
    private static string Blanked(string markdown, List<(int Start, int End)> comments)
    {
#if NET
        return string.Create(markdown.Length, (markdown, comments), static (prose, state) =>
        {
            state.markdown.AsSpan().CopyTo(prose);
            foreach (var (start, end) in state.comments)
                BlankKeepingLineBreaks(prose[start..end]);
        });
#else
        var prose = markdown.ToCharArray();
        foreach (var (start, end) in comments)
            BlankKeepingLineBreaks(prose.AsSpan(start, end - start));
        return new string(prose);
#endif
    }

    private static void BlankKeepingLineBreaks(Span<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('\r' or '\n'))
                text[i] = ' ';
        }
    }

#if NET8_0_OR_GREATER
    private static readonly System.Buffers.SearchValues<char> MarkupStarts = System.Buffers.SearchValues.Create("`<[*_~");
#else
    private static readonly char[] MarkupStarts = "`<[*_~".ToCharArray();
#endif

    /// <summary>The prose as Markdig parses it (what <see cref="TryReadWithoutMarkup"/> is held to).</summary>
    internal static (string Prose, DateOnly? Date, ReadingNote? Note) ReadWithMarkdig(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var prose = markdown.ToCharArray();
        DateOnly? date = null;
        ReadingNote? note = null;
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case YamlFrontMatterBlock frontMatter:
                    date = FrontMatterDate.Read(markdown.AsSpan(frontMatter.Span.Start, frontMatter.Span.Length));
                    if (date is null && FrontMatterDate.Written(markdown.AsSpan(frontMatter.Span.Start, frontMatter.Span.Length)) is { } written)
                        note = new ReadingNote(ReadingNoteKind.DateNotADate, written);
                    Blank(prose, frontMatter.Span);
                    break;
                case CodeBlock or HtmlBlock or LinkReferenceDefinitionGroup or LinkReferenceDefinition:
                    Blank(prose, node.Span);
                    break;
                case CodeInline or HtmlInline or AutolinkInline:
                    Blank(prose, node.Span);
                    break;
                case LinkInline link:
                    BlankLinkSyntax(prose, link);
                    break;
                case EmphasisInline emphasis:
                    BlankDelimiters(prose, emphasis);
                    break;
            }
        }

        return (new string(prose), date, note);
    }

    // [text](url "title"): the text is prose; the brackets, the target and the title are not.
    private static void BlankLinkSyntax(char[] prose, LinkInline link)
    {
        var span = link.Span;
        if (span.IsEmpty)
            return;
        if (link.LabelSpan.IsEmpty)
        {
            Blank(prose, link.UrlSpan);
            Blank(prose, link.TitleSpan);
            return;
        }

        Blank(prose, new SourceSpan(span.Start, link.LabelSpan.Start - 1));
        Blank(prose, new SourceSpan(link.LabelSpan.End + 1, span.End));
    }

    private static void BlankDelimiters(char[] prose, EmphasisInline emphasis)
    {
        var span = emphasis.Span;
        var count = emphasis.DelimiterCount;
        if (span.IsEmpty || span.Length < 2 * count)
            return;
        Blank(prose, new SourceSpan(span.Start, span.Start + count - 1));
        Blank(prose, new SourceSpan(span.End - count + 1, span.End));
    }

    // Markdig spans are inclusive at both ends.
    private static void Blank(char[] prose, SourceSpan span)
    {
        if (span.IsEmpty)
            return;
        var end = Math.Min(span.End, prose.Length - 1);
        for (var i = Math.Max(span.Start, 0); i <= end; i++)
        {
            if (prose[i] is not ('\r' or '\n'))
                prose[i] = ' ';
        }
    }
}
