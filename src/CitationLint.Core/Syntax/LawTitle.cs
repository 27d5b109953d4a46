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
    ];

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
    public static bool FollowsForeignJurisdiction(ReadOnlySpan<char> before)
    {
        foreach (var jurisdiction in ForeignJurisdictions)
        {
            if (before.EndsWith(jurisdiction, StringComparison.Ordinal))
                return true;
        }

        return false;
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
        foreach (var ending in Endings)
        {
            // 《规定》 and 《条例》 refer back to a regulation named before; 《法》 alone names nothing.
            var minimum = ending.Length == 1 ? 2 : ending.Length;
            if (normalized.Length >= minimum && normalized.EndsWith(ending, StringComparison.Ordinal))
                return true;
        }

        return false;
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
