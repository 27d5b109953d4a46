namespace CitationLint.Syntax;

/// <summary>What a title between 《》 must look like to be taken for a statute, and how it is normalised.</summary>
public static class LawTitle
{
    // Endings of statute titles (法, 条例, 解释 …); 《红楼梦》 and 《租赁合同》 end otherwise. Longest first is not
    // needed: every ending is checked.
    private static readonly string[] Endings =
    [
        "法", "法典", "条例", "规定", "办法", "解释", "决定", "公约", "规则", "细则", "修正案", "批复", "意见", "通知",
        "纪要", "答复", "决议", "准则", "规程", "通则", "安排", "规范", "解答", "总则", "函", "命令",
    ];

    // Codes of other countries look like statutes (《德国民法典》第823条) but are not what the table checks.
    private static readonly string[] ForeignJurisdictions =
    [
        "德国", "法国", "日本", "美国", "英国", "韩国", "意大利", "瑞士", "俄罗斯", "荷兰", "西班牙", "奥地利", "加拿大",
        "澳大利亚", "新加坡", "印度", "瑞典", "挪威", "丹麦", "芬兰", "比利时", "葡萄牙", "希腊", "巴西", "欧盟",
        "苏俄", "苏联", "俄国", "罗马", "普鲁士", "奥匈", "泰国", "越南", "墨西哥", "阿根廷", "新西兰", "爱尔兰", "波兰",
    ];

    // International instruments end like treaties and say they are international (国际, 联合国, 欧洲 …).
    private static readonly string[] InstrumentEndings = ["公约", "宣言", "宪章", "条约", "盟约", "议定书"];
    private static readonly string[] InternationalMarks = ["国际", "联合国", "欧洲", "美洲", "非洲", "世界"];

    /// <summary>
    /// True when a title names an international instrument (《世界人权宣言》, 《欧洲人权公约》, 《公民权利和政治权利国际公约》)
    /// rather than a Chinese law: a treaty's ending and an international mark.
    /// </summary>
    public static bool IsInternational(ReadOnlySpan<char> title)
    {
        var normalized = StripTrailingNotes(title.Trim());
        var ending = false;
        foreach (var end in InstrumentEndings)
            ending |= normalized.EndsWith(end.AsSpan(), StringComparison.Ordinal);
        if (!ending)
            return false;
        foreach (var mark in InternationalMarks)
        {
            if (normalized.IndexOf(mark.AsSpan(), StringComparison.Ordinal) >= 0)
                return true;
        }

        return false;
    }

    /// <summary>True when a title names another country's law: 德国民法典, 日本刑法.</summary>
    public static bool IsForeign(ReadOnlySpan<char> title)
    {
        title = title.TrimStart();
        foreach (var jurisdiction in ForeignJurisdictions)
        {
            if (title.StartsWith(jurisdiction, StringComparison.Ordinal))
                return true;
        }

        return false;
    }

    /// <summary>True when the text before a name ends with another country's name (德国|民法典第823条).</summary>
    public static bool FollowsForeignJurisdiction(ReadOnlySpan<char> before) => ForeignJurisdictionBefore(before) is not null;

    /// <summary>The country named right before a name (德国|民法典), or null.</summary>
    public static string? ForeignJurisdictionBefore(ReadOnlySpan<char> before)
    {
        foreach (var jurisdiction in ForeignJurisdictions)
        {
            if (before.EndsWith(jurisdiction, StringComparison.Ordinal))
                return jurisdiction;
        }

        return null;
    }

    /// <summary>
    /// True when a title (without 《》) ends like a statute's, ignoring trailing parenthesised notes such as
    /// （试行） or （十一）.
    /// </summary>
    public static bool LooksLikeStatute(ReadOnlySpan<char> title)
    {
        if (IsForeign(title))
            return false;
        var normalized = StripTrailingNotes(Normalize(title));
        if (EndsWithNumberedAmendment(normalized))
            return true; // 刑法修正案九: the amendment's number written without （）
        foreach (var ending in Endings)
        {
            // 《规定》 and 《条例》 refer back to a regulation named before; 《法》 alone names nothing.
            var minimum = ending.Length == 1 ? 2 : ending.Length;
            if (normalized.Length >= minimum && normalized.EndsWith(ending, StringComparison.Ordinal))
                return true;
        }

        return false;
    }

    // A title written without 《》 is at most this long (the longest interpretation titles run to about 60).
    private const int MaxUnmarkedTitleLength = 80;

    /// <summary>
    /// The end of a statute title written without 《》 that starts at <paramref name="start"/> with 关于 and is
    /// followed directly by an article (关于办理寻衅滋事刑事案件适用法律若干问题的解释第一条, 关于……的规定(一)第三十七条); −1
    /// when there is none. Shared by the candidate scan and the grammar, so they agree.
    /// </summary>
    public static int UnmarkedTitleEnd(ReadOnlySpan<char> text, int start)
    {
        if (start + 3 >= text.Length || text[start] != '关' || text[start + 1] != '于')
            return -1;
        var limit = Math.Min(text.Length, start + MaxUnmarkedTitleLength);
        for (var i = start + 2; i < limit; i++)
        {
            var c = text[i];
            if (c == '第')
                return i - start > 4 && ArticleFollows(text, i) && LooksLikeStatute(text[start..i]) ? i : -1;
            if (!(char.IsLetter(c) || c is '、' or '（' or '）' or '(' or ')' or '《' or '》' or '〈' or '〉'))
                return -1;
        }

        return -1;
    }

    /// <summary>
    /// The closing mark of a statute name in quotation marks followed by an article (“公安处罚法”第四十三条) that starts
    /// at <paramref name="start"/>; −1 when there is none.
    /// </summary>
    public static int QuotedTitleEnd(ReadOnlySpan<char> text, int start)
    {
        if (start >= text.Length || text[start] is not ('“' or '"'))
            return -1;
        var close = text[start] == '“' ? '”' : '"';
        var limit = Math.Min(text.Length, start + 1 + MaxUnmarkedTitleLength);
        for (var i = start + 1; i < limit; i++)
        {
            var c = text[i];
            if (c == close)
                return i - start > 2 && ArticleFollows(text, i + 1) && LooksLikeStatute(text[(start + 1)..i]) ? i : -1;
            if (!char.IsLetter(c))
                return -1;
        }

        return -1;
    }

    /// <summary>第 and a numeral at the position (spaces before them allowed).</summary>
    internal static bool ArticleFollows(ReadOnlySpan<char> text, int position)
    {
        position = Lexemes.SkipInlineGap(text, position);
        if (position >= text.Length || text[position] != '第')
            return false;
        var numeral = Lexemes.SkipInlineGap(text, position + 1);
        return Lexemes.SkipNumeral(text, numeral) > numeral;
    }

    /// <summary>Removes layout whitespace (spaces, line breaks) written inside a title.</summary>
    public static string Normalize(ReadOnlySpan<char> title)
    {
        Span<char> buffer = title.Length <= 256 ? stackalloc char[title.Length] : new char[title.Length];
        var length = 0;
        foreach (var c in title)
        {
            if (!char.IsWhiteSpace(c))
                buffer[length++] = c;
        }

        return buffer[..length].ToString();
    }

    private static bool EndsWithNumberedAmendment(ReadOnlySpan<char> title)
    {
        var end = title.Length;
        while (end > 0 && ChineseNumeral.IsChineseNumeralChar(title[end - 1]))
            end--;
        return end < title.Length && title[..end].EndsWith("修正案".AsSpan(), StringComparison.Ordinal);
    }

    private static ReadOnlySpan<char> StripTrailingNotes(ReadOnlySpan<char> title)
    {
        while (title.Length > 0 && title[^1] is '）' or ')')
        {
            var open = title.LastIndexOfAny('（', '(');
            if (open <= 0)
                break;
            title = title[..open].TrimEnd();
        }

        return title;
    }
}
