namespace CitationLint.Syntax;

/// <summary>
/// Reads the text quoted with a citation: “……” (or 「」, 『』, "…") right after it, possibly after 规定 and a
/// colon; the rest of the line after a colon; statute text pasted after a space, as statutes lay it out
/// (第二十七条 当事人有…); or, when the line ends with a colon or consists of the citation alone (a list item or
/// title line), the next paragraph or quote block. Also the body a citation speaks for (<see cref="ReadBody(string, CitationSyntax)"/>).
/// </summary>
public static class QuoteReader
{
    /// <summary>No quote is longer than this; an unbalanced mark does not swallow the document.</summary>
    public const int MaxQuoteLength = 4000;

    // Words between a citation and the text it introduces: 第十条规定：“…”.
    private static readonly string[] LeadWords = ["明确规定", "规定如下", "的规定", "之规定", "中规定", "规定", "载明"];

    /// <summary>The quote following <paramref name="citation"/>, or null.</summary>
    public static QuoteSyntax? Read(string text, CitationSyntax citation)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(citation);
        if (citation.Articles.Count == 0)
            return null;
        var position = SkipInlineSpace(text, citation.Span.End);
        var spaced = position > citation.Span.End;
        var led = false;
        if (LeadWordAt(text, position) is var lead and > 0)
        {
            position = SkipInlineSpace(text, position + lead);
            led = true;
        }

        var colon = position < text.Length && text[position] is ':' or '：';
        if (colon)
            position = SkipInlineSpace(text, position + 1);
        if (position < text.Length && ClosingMark(text[position]) != '\0')
            return ReadMarked(text, position);
        var atLineEnd = position >= text.Length || text[position] is '\r' or '\n';
        if ((colon || IsArticleHeading(text, citation, position)) && !atLineEnd)
            return ReadLine(text, position, QuoteStyle.RestOfLine);
        if (spaced && !led && !atLineEnd && StartsStatuteText(text[position]))
            return ReadLine(text, position, QuoteStyle.Implicit);
        if (atLineEnd && (colon || OwnsLine(text, citation.Span.Start)))
            return ReadNextParagraph(text, position);
        return null;
    }

    private static QuoteSyntax? ReadMarked(string text, int open)
    {
        var openMark = text[open];
        var closeMark = ClosingMark(openMark);
        var depth = 0;
        var limit = Math.Min(text.Length, open + MaxQuoteLength);
        for (var i = open; i < limit; i++)
        {
            var c = text[i];
            if (openMark == closeMark)
            {
                // "…": no nesting; the next mark closes.
                if (c == closeMark && i > open)
                    return Create(text, open + 1, i, QuoteStyle.Marked);
            }
            else if (c == openMark)
            {
                depth++;
            }
            else if (c == closeMark && --depth == 0)
            {
                return Create(text, open + 1, i, QuoteStyle.Marked);
            }
            else if (c == '\n' && IsBlankLineAfter(text, i))
            {
                return null; // a paragraph break ends an unbalanced quote
            }
        }

        return null;
    }

    // The rest of a line, up to a 《…》 citation with articles that starts a new citation on the same line, or the next
    // article pasted on the same line (…承担责任。 第二十八条 …).
    private static QuoteSyntax? ReadLine(string text, int start, QuoteStyle style)
    {
        var limit = Math.Min(text.Length, start + MaxQuoteLength);
        var end = start;
        while (end < limit)
        {
            // Straight to the next character that can end the line's quote (a statute's article line is long).
            var stop = text.AsSpan(end, limit - end).IndexOfAny(LineQuoteStops);
            if (stop < 0)
            {
                end = limit;
                break;
            }

            end += stop;
            var c = text[end];
            if (c is '\r' or '\n')
                break;
            if (c == '《' && end > start && CitationGrammar.TryParse(text, end, out var next) && next!.Articles.Count > 0)
                break;
            if (c == '。' && StartsRunOnArticle(text, end + 1))
            {
                end++;
                break;
            }

            end++;
        }

        return Create(text, start, end, style);
    }

    private const string LineQuoteStops = "\r\n《。";

    // After a sentence's end: a space, then an article heading laid out as statutes lay it out (第二十八条, a space).
    private static bool StartsRunOnArticle(string text, int position)
    {
        var heading = SkipInlineSpace(text, position);
        var end = heading == position ? -1 : ArticleHeadingEnd(text, heading);
        return end >= 0 && end < text.Length && text[end] is ' ' or '\t' or '\u3000';
    }

    private static QuoteSyntax? ReadNextParagraph(string text, int position)
    {
        // Past the line break and at most two blank lines.
        for (var lines = 0; position < text.Length && lines < 3; lines++)
        {
            position = SkipLineBreak(text, position);
            var first = SkipInlineSpace(text, position);
            if (first < text.Length && text[first] is not ('\r' or '\n'))
                break;
            position = first;
        }

        var lineStart = position;
        var (contentStart, quoteBlock) = SkipQuoteMarkers(text, lineStart);
        if (contentStart >= text.Length || text[contentStart] is '\r' or '\n')
            return null;
        if (ClosingMark(text[contentStart]) != '\0')
            return ReadMarked(text, contentStart);
        if (StartsListItem(text, contentStart) || CitationGrammar.TryParse(text, contentStart, out _))
            return null; // the next line is another citation or list item, not the quoted text
        if (!quoteBlock)
            return ReadLine(text, contentStart, QuoteStyle.NextParagraph);

        // A quote block: its lines, without their > markers.
        var parts = new List<string>();
        var end = contentStart;
        var lineContent = contentStart;
        while (true)
        {
            var lineEnd = lineContent;
            while (lineEnd < text.Length && text[lineEnd] is not ('\r' or '\n'))
                lineEnd++;
            var trimmedEnd = lineEnd;
            while (trimmedEnd > lineContent && char.IsWhiteSpace(text[trimmedEnd - 1]))
                trimmedEnd--;
            if (trimmedEnd > lineContent)
            {
                parts.Add(text[lineContent..trimmedEnd]);
                end = trimmedEnd;
            }

            var next = SkipLineBreak(text, lineEnd);
            if (next >= text.Length || next == lineEnd)
                break;
            var (nextContent, isQuote) = SkipQuoteMarkers(text, next);
            if (!isQuote || nextContent >= text.Length || text[nextContent] is '\r' or '\n')
                break;
            lineContent = nextContent;
        }

        return parts.Count == 0 || end - contentStart > MaxQuoteLength
            ? null
            : new QuoteSyntax(string.Join("\n", parts), new TextSpan(contentStart, end), QuoteStyle.NextParagraph);
    }

    /// <summary>
    /// The text <paramref name="citation"/> speaks for (<see cref="CitationSyntax.Body"/>): for an article heading at
    /// the start of its line, the lines after it up to the next article heading, caption or title line (blank lines
    /// and the article's own 款 and 项 included); else its quote's span; null when it has neither.
    /// </summary>
    public static TextSpan? ReadBody(string text, CitationSyntax citation) => ReadBody(text, citation, citation?.Quote);

    /// <summary><see cref="ReadBody(string, CitationSyntax)"/> of the citation with <paramref name="quote"/> as its quote.</summary>
    internal static TextSpan? ReadBody(string text, CitationSyntax citation, QuoteSyntax? quote)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(citation);
        if (citation.Articles.Count == 0 || citation.Articles[0].Kind != ArticleReferenceKind.Article)
            return quote?.Span;
        var first = citation.Articles[0].Span.Start;
        var lineStart = first > 0 ? text.LastIndexOf('\n', first - 1) + 1 : 0;
        // A heading in the statute's layout: at a line's start, then a space, a caption (【寻衅滋事罪】) or the line's
        // end; or a citation that ends its line (…规定：). 《民法典》第一千零四十二条禁止… at a line's start is prose.
        var after = citation.Span.End < text.Length ? text[citation.Span.End] : '\n';
        var laidOut = OwnsLine(text, Math.Max(citation.Span.Start, lineStart))
            && (after is ' ' or '\t' or '\u3000' or '【'
                || ((citation.Law is null || TitleAbove(text, citation)) && StartsStatuteText(after)) // 第五十九条有下列行为之一的: a heading needs no space
                || LeadsIntoText(text, citation.Span.End));                // 《…》第二十六条规定，出借人请求……
        if (!laidOut && !EndsItsLine(text, citation))
            return quote?.Span;
        var end = citation.Span.End;
        var limit = Math.Min(text.Length, citation.Span.End + MaxQuoteLength);
        while (end < limit)
        {
            var lineEnd = text.IndexOf('\n', end);
            if (lineEnd < 0 || lineEnd >= limit)
            {
                end = limit;
                break;
            }

            var next = lineEnd + 1;
            if (next < text.Length && StartsNewBlock(text, next))
            {
                end = lineEnd;
                break;
            }

            end = next;
        }

        while (end > citation.Span.End && char.IsWhiteSpace(text[end - 1]))
            end--;
        var body = new TextSpan(citation.Span.End, Math.Max(citation.Span.End, end));
        return quote is not null && !body.Contains(quote.Span) ? quote.Span : body;
    }

    // 规定， or 规定： right after the citation, then the text it introduces.
    private static bool LeadsIntoText(string text, int end)
    {
        var lead = LeadWordAt(text, end);
        return lead > 0 && end + lead < text.Length && text[end + lead] is ',' or '，' or ':' or '：';
    }

    /// <summary>The length of the lead word (规定, 的规定, 明确规定 …) at <paramref name="position"/>; 0 when there is none.</summary>
    internal static int LeadWordAt(string text, int position)
    {
        foreach (var word in LeadWords)
        {
            if (string.CompareOrdinal(text, position, word, 0, word.Length) == 0)
                return word.Length;
        }

        return 0;
    }

    // …第一百三十三条之一规定：⏎ or …的规定⏎: the citation ends its line (but for a lead word and a colon), so the lines
    // below are the text it introduces.
    private static bool EndsItsLine(string text, CitationSyntax citation)
    {
        var position = SkipInlineSpace(text, citation.Span.End);
        if (LeadWordAt(text, position) is var lead and > 0)
            position = SkipInlineSpace(text, position + lead);
        if (position < text.Length && text[position] is ':' or '：')
            position = SkipInlineSpace(text, position + 1);
        return position >= text.Length || text[position] is '\r' or '\n';
    }

    // A line that starts another article, a caption (【…】, # heading, 一、), or a title line (《…》), ends a body.
    private static bool StartsNewBlock(string text, int lineStart)
    {
        var i = SkipInlineSpace(text, lineStart);
        while (i < text.Length && text[i] == '>')
            i = SkipInlineSpace(text, i + 1);
        if (i >= text.Length)
            return false;
        var c = text[i];
        if (c is '【' or '#' or '《' or '[')
            return true;
        if (c is '（' or '(')
        {
            // (一) starts an item of the article; (二)《合同法》 a new section.
            var close = text.IndexOfAny(['）', ')'], i);
            if (close < 0 || close - i > 5)
                return false;
            i = SkipInlineSpace(text, close + 1);
            return i < text.Length && (text[i] == '《' || StartsArticleHeading(text, i));
        }

        if (ChineseNumeral.IsChineseNumeralChar(c))
        {
            var end = Lexemes.SkipNumeral(text.AsSpan(), i);
            return end < text.Length && text[end] == '、';
        }

        if (char.IsAsciiDigit(c))
        {
            var end = i;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
                end++;
            return end < text.Length && text[end] is '.' or '、' or '．';
        }

        return StartsArticleHeading(text, i);
    }

    // 第二十七条 at a line's start.
    private static bool StartsArticleHeading(string text, int position) => ArticleHeadingEnd(text, position) >= 0;

    // Where a 第…条 at the position ends (after its 条), or -1.
    private static int ArticleHeadingEnd(string text, int position)
    {
        if (position >= text.Length || text[position] != '第')
            return -1;
        var span = text.AsSpan();
        var numeralStart = Lexemes.SkipInlineGap(span, position + 1);
        var numeralEnd = Lexemes.SkipNumeral(span, numeralStart);
        var mark = Lexemes.SkipInlineGap(span, numeralEnd);
        return numeralEnd > numeralStart && mark < text.Length && text[mark] is '条' or '條' ? mark + 1 : -1;
    }

    /// <summary>Statute text begins with a word, not with punctuation or a connective that makes the number part of a sentence.</summary>
    internal static bool StartsStatuteText(char c) =>
        char.IsLetter(c) && c is not ('的' or '和' or '及' or '与' or '或' or '中' or '之' or '等' or '所' or '第' or '至' or '到' or '是');

    // 【法条】《民法典》⏎第一千零三十二条 自然人享有隐私权。— the title on its own line, then the article laid out as
    // the statute lays it out: number, space, text.
    private static bool IsArticleHeading(string text, CitationSyntax citation, int position) =>
        position != citation.Span.End && TitleAbove(text, citation)
        && text.AsSpan(citation.Articles[0].Span.Start, position - citation.Articles[0].Span.Start).IndexOfAny(' ', '\u3000', '\t') >= 0;

    // The law's title stands on a line above the article (法律依据：《环境保护法》⏎第五十九条…).
    private static bool TitleAbove(string text, CitationSyntax citation)
    {
        if (citation.Law is not { Kind: LawNameKind.Titled } law || citation.Articles.Count == 0)
            return false;
        var first = citation.Articles[0].Span.Start;
        return text.AsSpan(law.Span.End, Math.Max(0, first - law.Span.End)).IndexOf('\n') >= 0;
    }

    // True when only list markers, > and spaces precede the citation on its line (  1. 《民法典》第1032条).
    private static bool OwnsLine(string text, int citationStart)
    {
        var lineStart = citationStart;
        while (lineStart > 0 && text[lineStart - 1] != '\n')
            lineStart--;
        for (var i = lineStart; i < citationStart; i++)
        {
            var c = text[i];
            if (!(char.IsWhiteSpace(c) || char.IsAsciiDigit(c) || c is '-' or '*' or '+' or '•' or '·' or '>' or '.' or '、' or ')' or '）' or '【' or '】'))
                return false;
        }

        return true;
    }

    private static bool StartsListItem(string text, int position)
    {
        var c = text[position];
        if (c is '-' or '*' or '+' or '•' or '·')
            return position + 1 < text.Length && text[position + 1] is ' ' or '\t' or '\u3000';
        var i = position;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
            i++;
        return i > position && i < text.Length && text[i] is '.' or '、' or ')';
    }

    private static (int Content, bool QuoteBlock) SkipQuoteMarkers(string text, int lineStart)
    {
        var i = SkipInlineSpace(text, lineStart);
        var quoteBlock = false;
        while (i < text.Length && text[i] == '>')
        {
            quoteBlock = true;
            i = SkipInlineSpace(text, i + 1);
        }

        return (i, quoteBlock);
    }

    private static QuoteSyntax? Create(string text, int start, int end, QuoteStyle style)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        return end > start ? new QuoteSyntax(text, new TextSpan(start, end), style, cutWhenAsked: true) : null;
    }

    private static char ClosingMark(char open) => open switch
    {
        '“' => '”',
        '「' => '」',
        '『' => '』',
        '"' => '"',
        _ => '\0',
    };

    private static bool IsBlankLineAfter(string text, int newline)
    {
        var i = SkipInlineSpace(text, newline + 1);
        if (i < text.Length && text[i] == '\r')
            i++;
        return i < text.Length && text[i] == '\n';
    }

    private static int SkipLineBreak(string text, int position)
    {
        if (position < text.Length && text[position] == '\r')
            position++;
        if (position < text.Length && text[position] == '\n')
            position++;
        return position;
    }

    private static int SkipInlineSpace(string text, int position)
    {
        while (position < text.Length && text[position] is ' ' or '\t' or '\u3000' or '\u00A0')
            position++;
        return position;
    }
}
