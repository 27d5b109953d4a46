using System.Globalization;

namespace CitationLint.Documents;

/// <summary>
/// The date a web page shows in its header, for a document without front matter: a labelled date (发布时间:
/// 2022-04-22, 更新时间：2024-05-30 10:05, 日期:2013-06-12, 时间:2019-4-22, 成文日期 2025-12-24, 發布時間 read as
/// simplified) or a byline that is a date and little else (2023-08-16 06:32:33, 來源: 律霸小編整理 · 2025-07-17). A date in
/// a sentence (2019年8月20日起每月发布, 2023年12月29日，新《公司法》公布) is what the page is about, not when it was written.
/// </summary>
public static class PageDate
{
    // A page's header (site, title, byline, date) takes its first lines; the article starts after them.
    private const int HeaderLines = 8;

    // A byline is short: a date with an author, a source or a view count. Longer lines are prose.
    private const int BylineLength = 60;

    private static readonly string[] Labels = ["发布时间", "更新时间", "更新日期", "发布日期", "发表时间", "发表于", "成文日期", "时间", "日期"];

    /// <summary>The latest date the header shows (an answer is dated after its question), or null.</summary>
    public static DateOnly? Find(string prose)
    {
        ArgumentNullException.ThrowIfNull(prose);
        DateOnly? latest = null;
        var position = 0;
        for (var lines = 0; lines < HeaderLines && position < prose.Length;)
        {
            var end = prose.IndexOf('\n', position);
            if (end < 0)
                end = prose.Length;
            var line = prose.AsSpan(position, end - position).Trim();
            position = end + 1;
            if (line.IsEmpty)
                continue;
            lines++;
            if (line.IndexOf("://".AsSpan(), StringComparison.Ordinal) >= 0)
                continue; // an address's /2025/12/24/ is not a date the page shows
            foreach (var date in DatesIn(line))
            {
                if (latest is null || date > latest)
                    latest = date;
            }
        }

        return latest;
    }

    // The dates of one header line that are the page's: labelled, or the line is a byline.
    private static List<DateOnly> DatesIn(ReadOnlySpan<char> line)
    {
        var found = new List<DateOnly>();
        var byline = line.Length <= BylineLength && line.IndexOf('。') < 0 && line.IndexOf('，') < 0;
        for (var i = 0; i + 8 <= line.Length; i++)
        {
            if (!IsYearStart(line, i) || (i > 0 && char.IsAsciiDigit(line[i - 1])))
                continue;
            if (!TryRead(line, i, out var date, out var numeric))
                continue;
            if ((numeric && byline) || Labelled(line[..i]))
                found.Add(date);
        }

        return found;
    }

    private static bool IsYearStart(ReadOnlySpan<char> line, int i) =>
        line[i] is '1' or '2' && line[i + 1] is '9' or '0' && char.IsAsciiDigit(line[i + 2]) && char.IsAsciiDigit(line[i + 3]);

    // 2022-04-22, 2019-4-22, 2020/05/25, 2020.05.25 (numeric) or 2013年6月12日.
    private static bool TryRead(ReadOnlySpan<char> line, int start, out DateOnly date, out bool numeric)
    {
        date = default;
        var year = int.Parse(line.Slice(start, 4).ToString(), CultureInfo.InvariantCulture);
        var i = start + 4;
        var separator = line[i];
        numeric = separator is '-' or '/' or '.';
        if (!numeric && separator != '年')
            return false;
        if (!ReadNumber(line, ref i, out var month) || i >= line.Length || line[i] != (numeric ? separator : '月'))
            return false;
        if (!ReadNumber(line, ref i, out var day) || (i < line.Length && char.IsAsciiDigit(line[i])))
            return false;
        if (!numeric && (i >= line.Length || line[i] != '日'))
            return false;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    // One or two digits after the separator at i; i ends past them.
    private static bool ReadNumber(ReadOnlySpan<char> line, ref int i, out int value)
    {
        value = 0;
        var digits = 0;
        for (i++; i < line.Length && char.IsAsciiDigit(line[i]) && digits < 2; i++, digits++)
            value = (value * 10) + (line[i] - '0');
        return digits > 0;
    }

    // A label (发布时间:, 日期：) just before the date, with at most a colon and spaces between.
    private static bool Labelled(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd().TrimEnd(':').TrimEnd('：').TrimEnd();
        foreach (var label in Labels)
        {
            if (before.EndsWith(label.AsSpan(), StringComparison.Ordinal))
                return true;
        }

        return false;
    }
}
