using CitationLint.Syntax;

namespace CitationLint.Analysis;

/// <summary>
/// Which law a bare 第N条 (or 本法 outside a quote) takes: the law that governs its block — the one named last in
/// the prose before it, whether earlier in the same paragraph (《劳动合同法》…第三十八条……第三十九条) or on the title
/// or heading line the block hangs under (【法律依据】《民法典》⏎第一千一百二十七条 …) — until another law takes over.
/// None when no law has been named, and none for look-alikes: a number right after a contract's or another
/// country's code's name (《租赁合同》第六条, 该合同第七条, 德国民法典第823条) belongs to that document, not to a statute.
/// </summary>
public sealed class GoverningLaw(string text, IReadOnlyList<(int Start, string Law)> titleLines, bool withinSentence = false)
{
    // How far back from a bare 第 the name of the document it belongs to is looked for, on its own line. Contract
    // and code names sit right before their numbers (《租赁合同》第六条, 合同第5条, 本协议第三条).
    private const int LookAlikeReach = 12;

    // The words that end a non-statute document's name, written right before its article number.
    private static readonly string[] LookAlikeEndings =
    [
        "合同", "协议", "协议书", "章程", "条款", "约定", "公约草案", "草案", "审议稿", "征求意见稿", "规约", "守则",
        "合同书", "承诺书", "细则草案", "办法草案",
    ];

    /// <summary>True when a name ends like a contract's, a draft's or another non-statute document's (租赁合同, 劳动合同书).</summary>
    public static bool EndsLikeNonStatute(ReadOnlySpan<char> name)
    {
        foreach (var ending in LookAlikeEndings)
        {
            if (name.EndsWith(ending.AsSpan(), StringComparison.Ordinal))
                return true;
        }

        return false;
    }

    // A heading is a short line: 刑事诉讼法中取保候审的规定, 二、《劳动合同法》的规定 (titles of articles run longer, but
    // end without 。).
    private const int MaxHeadingLength = 40;

    private string? _law;
    private bool _heading;
    private int _lawLineEnd = -1;
    private string? _rival;
    private int _lawEnd;
    private int _nextTitleLine;

    /// <summary>A tracker without title lines.</summary>
    public GoverningLaw(string text)
        : this(text, [])
    {
    }

    /// <summary>
    /// A tracker for the text of a quoted provision: there a bare 第N条 is the provision's own law's, unless a law is
    /// named earlier in the same sentence (触犯刑法分则第九章第三百九十八条).
    /// </summary>
    public static GoverningLaw WithinSentence(string text) => new(text, [], withinSentence: true);

    /// <summary>The law named last, as written (after alias resolution); null before any.</summary>
    public string? Current => _law;

    /// <summary>Records a law named in the prose (with or without articles): it governs what follows.</summary>
    public void Named(string lawName, TextSpan span)
    {
        PassTitleLines(span.Start);
        // The law named before, in the same paragraph: the other law a bare number there may mean
        // (《民法典》对《合同法》第52条……改造为……第146条).
        _rival = _law is not null && _law != lawName && !ParagraphBreak(_lawEnd, span.Start) ? _law : null;
        _law = lawName;
        _lawEnd = span.End;
        _heading = span.Length == 0 || IsHeadingLine(span);
        _lawLineEnd = span.Length == 0 || !OnTableRow(span.Start) ? -1 : LineEnd(span.End);
    }

    // A Markdown table row (| 第一百三十三条之二 （《刑法修正案（十一）》第二条） | …): a law named in a cell governs its
    // row only.
    private bool OnTableRow(int position)
    {
        var lineStart = position > 0 ? text.LastIndexOf('\n', position - 1) + 1 : 0;
        var first = text.AsSpan(lineStart, position - lineStart).TrimStart();
        return !first.IsEmpty && first[0] == '|';
    }

    private int LineEnd(int position)
    {
        var end = text.IndexOf('\n', position);
        return end < 0 ? text.Length : end;
    }

    // A law named in a heading or title line (刑事诉讼法中取保候审的规定, 【法律依据】《民法典》) governs the block
    // below it across blank lines; one named in running text, its paragraph only.
    private bool IsHeadingLine(TextSpan span)
    {
        var lineStart = span.Start > 0 ? text.LastIndexOf('\n', span.Start - 1) + 1 : 0;
        var lineEnd = text.IndexOf('\n', span.End);
        if (lineEnd < 0)
            lineEnd = text.Length;
        var line = text.AsSpan(lineStart, lineEnd - lineStart).Trim();
        return line.Length <= MaxHeadingLength && (line.IsEmpty || line[^1] is not ('。' or '；' or ';' or '，' or ','));
    }

    /// <summary>Records another country's law or an international instrument: after it, no Chinese law governs.</summary>
    public void NamedForeign(TextSpan span)
    {
        PassTitleLines(span.Start);
        _law = null;
        _rival = null;
        _lawEnd = span.End;
    }

    /// <summary>
    /// The law a bare citation starting at <paramref name="start"/> takes, or null when none governs it or the
    /// number belongs to a look-alike document named right before it.
    /// </summary>
    public string? For(int start)
    {
        PassTitleLines(start);
        if (_law is null || BelongsToLookAlike(start) || (withinSentence && SentenceBreak(_lawEnd, start))
            || (!_heading && BlankLineBetween(_lawEnd, start)) || (_lawLineEnd >= 0 && start > _lawLineEnd))
            return null;
        return _law;
    }

    /// <summary>
    /// The law 本法/本规定/本解释 (<paramref name="word"/>) at <paramref name="start"/> means, outside any quote: the
    /// governing law when it is of that kind (本规定 is not the 民事诉讼法 named before it), else null.
    /// </summary>
    public string? ForThisWord(string word, int start)
    {
        if (For(start) is not { } law || word.Length < 2)
            return null;
        var kind = word.AsSpan(1); // 法, 法典, 条例, 规定, 解释, 实施细则 …
        var title = law.AsSpan().TrimEnd();
        while (title.Length > 0 && title[^1] is '）' or ')')
        {
            var open = title.LastIndexOfAny('（', '(');
            if (open <= 0)
                break;
            title = title[..open];
        }

        return title.EndsWith(kind, StringComparison.Ordinal) || (kind is "法" && title.EndsWith("法典".AsSpan(), StringComparison.Ordinal))
            ? law
            : null;
    }

    /// <summary>
    /// The other law named in the paragraph before the governing one, when a bare citation at
    /// <paramref name="start"/> is still in that paragraph; null otherwise.
    /// </summary>
    public string? RivalFor(int start) => _rival is not null && !ParagraphBreak(_lawEnd, start) ? _rival : null;

    private bool BlankLineBetween(int from, int to) => from < to && HasBlankLine(text.AsSpan(from, to - from));

    /// <summary>True when the text holds a blank line: a paragraph break.</summary>
    internal static bool HasBlankLine(ReadOnlySpan<char> text)
    {
        for (var newline = text.IndexOf('\n'); newline >= 0;)
        {
            var rest = text[(newline + 1)..];
            var next = rest.IndexOf('\n');
            if (next < 0)
                return false;
            if (rest[..next].IsWhiteSpace())
                return true;
            text = rest;
            newline = next;
        }

        return false;
    }

    // A sentence ends at 。 or ； outside quotation marks: 《担保法》第16条规定：“……（二）连带责任保证。”第19条规定 is one
    // sentence about 担保法, the quote's full stop inside it.
    private bool SentenceBreak(int from, int to)
    {
        if (from > to)
            return true;
        var depth = 0;
        for (var i = from; i < to; i++)
        {
            switch (text[i])
            {
                case '\n':
                    return true;
                case '“' or '「':
                    depth++;
                    break;
                case '”' or '」':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '。' or '；' or ';' when depth == 0:
                    return true;
            }
        }

        return false;
    }

    private bool ParagraphBreak(int from, int to) =>
        from < to && text.AsSpan(from, to - from).IndexOf('\n') >= 0;

    // A title line (a law's title alone on its line) above a position governs from there, like a name cited there.
    private void PassTitleLines(int position)
    {
        while (_nextTitleLine < titleLines.Count && titleLines[_nextTitleLine].Start < position)
        {
            var (start, law) = titleLines[_nextTitleLine++];
            if (start >= _lawEnd)
            {
                _law = law;
                _heading = true;
                _lawLineEnd = -1;
                _rival = null;
                var end = text.IndexOf('\n', start);
                _lawEnd = end < 0 ? text.Length : end;
            }
        }
    }

    // The text between the last citation (or the line start) and the bare 第: a look-alike's name ends there.
    private bool BelongsToLookAlike(int start)
    {
        var from = Math.Max(Math.Max(0, start - LookAlikeReach), _lawEnd <= start ? _lawEnd : 0);
        var before = text.AsSpan(from, start - from);
        var lineBreak = before.LastIndexOf('\n');
        if (lineBreak >= 0)
            before = before[(lineBreak + 1)..];
        before = before.TrimEnd(" \t\u3000\u00A0”\"」".AsSpan());
        if (before.IsEmpty)
            return false;
        // A title that was not taken for a statute (《租赁合同》, 《红楼梦》): its number is not a statute's.
        if (before[^1] == '》')
            return true;
        if (EndsLikeNonStatute(before))
            return true;

        // A law-like name the grammar did not take (德国民法典, 苏俄民法典, an unknown 某某法): its own number.
        var last = before[^1];
        return last is '法' or '典' && before.Length >= 2 && char.IsLetter(before[^2]);
    }
}
