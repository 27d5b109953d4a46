using System.Globalization;
using System.Text.RegularExpressions;
using CitationLint.Syntax;

namespace CitationLint.Statutes.Import;

/// <summary>
/// Reads one source text in the shapes ../shared/statutes-src holds (PROVENANCE.md): a `# title` line (民法典 parts
/// add a second `# 编` line), header lines with the adoption and revision history, an INFO END or LEGAL_HEADER_END
/// marker (or none), comment lines, `#`-headings or plain 第X章 lines, and one paragraph per line with articles
/// starting `第X条`.
/// </summary>
public static partial class StatuteSourceReader
{
    /// <summary>Parses a source file's text; throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static StatuteText Read(string text, string source, DateOnly? dateFromFileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        if (lines.All(l => l.Trim().Length == 0))
            throw new FormatException("empty file");
        var index = 0;
        SkipFrontMatter(lines, ref index);
        var title = ReadTitle(lines, ref index) ?? throw new FormatException("no '# title' line");
        var history = new List<string>();
        var body = new List<string>();
        var hasMarker = Array.Exists(lines, l => l.Contains("INFO END", StringComparison.Ordinal) || l.Contains("LEGAL_HEADER_END", StringComparison.Ordinal));
        var inHeader = true;
        for (; index < lines.Length; index++)
        {
            // Zero-width spaces and BOMs stand alone on some lines of the sources; they are not text.
            var line = lines[index].Trim().Trim('\u200B', '\uFEFF', '\u3000').Trim();
            if (line.Length == 0 || line.StartsWith("<!--", StringComparison.Ordinal))
            {
                if (line.Contains("INFO END", StringComparison.Ordinal) || line.Contains("LEGAL_HEADER_END", StringComparison.Ordinal))
                    inHeader = false;
                continue;
            }

            // Without a marker the header ends at the first heading or article (国家赔偿法 1994).
            if (inHeader && (hasMarker || !(line.StartsWith('#') || HeadingLine().IsMatch(line) || ArticleLine().IsMatch(line))))
            {
                if (line.StartsWith("# ", StringComparison.Ordinal))
                    body.Add(line); // the 编 of a 民法典 part file: "# 总则" under the title
                else if (!line.StartsWith('#'))
                    history.Add(line);
                continue;
            }

            inHeader = false;
            body.Add(line);
        }

        var date = dateFromFileName ?? LatestHistoryDate(history) ?? throw new FormatException("no version date in the file name or header");
        return new StatuteText(title, date, history, ReadArticles(body), source);
    }

    // Lines starting 第N条 are article headings only where they form the article sequence: the longest increasing
    // run of numbers. The others are paragraphs that begin with a reference (第五十二条以及本规定…), and a garbled
    // heading (第一百二十八 条) does not lose the rest of the law.
    private static List<StatuteArticle> ReadArticles(List<string> body)
    {
        body = SplitRunOnArticles(body);
        var candidates = new List<(int Line, ArticleNumber Number, string Text)>();
        for (var i = 0; i < body.Count; i++)
        {
            var line = body[i];
            if (line.StartsWith('#'))
                continue;
            var match = ArticleLine().Match(line);
            if (!match.Success || !ChineseNumeral.TryParse(match.Groups["n"].Value, out var number))
                continue;
            var sub = 0;
            if (match.Groups["sub"].Success && !ChineseNumeral.TryParse(match.Groups["sub"].Value, out sub))
                sub = 0;
            candidates.Add((i, new ArticleNumber(number, sub), match.Groups["text"].Value));
        }

        // Amendments (刑法修正案) number their articles 一、二、三、 and are cited as 第一条, 第二条.
        if (candidates.Count == 0)
        {
            for (var i = 0; i < body.Count; i++)
            {
                var match = EnumeratedArticleLine().Match(body[i]);
                if (match.Success && ChineseNumeral.TryParse(match.Groups["n"].Value, out var number))
                    candidates.Add((i, new ArticleNumber(number, 0), match.Groups["text"].Value));
            }
        }

        var headingLines = new Dictionary<int, (ArticleNumber Number, string Text)>();
        foreach (var c in LongestIncreasingRun(candidates))
            headingLines[c.Line] = (c.Number, c.Text);

        var headings = new string?[3]; // 编, 章, 节
        var articles = new List<StatuteArticle>();
        ArticleBuilder? current = null;
        for (var i = 0; i < body.Count; i++)
        {
            var line = body[i];
            if (headingLines.TryGetValue(i, out var article))
            {
                if (current is not null)
                    articles.Add(current.Build());
                current = new ArticleBuilder(article.Number, string.Join(" / ", headings.Where(h => h is not null)));
                current.AddLine(article.Text);
                continue;
            }

            if (line.StartsWith('#') || HeadingLine().IsMatch(line))
            {
                var level = line.StartsWith('#') ? line.TakeWhile(c => c == '#').Count() : 2;
                var heading = NormalizeHeading(line.TrimStart('#').Trim());
                if (heading.Length > 0 && heading != "目录")
                    SetHeading(headings, level, heading);
                continue;
            }

            // Anything before the first article (preamble, 目录 lines) is not part of an article.
            current?.AddLine(line);
        }

        if (current is not null)
            articles.Add(current.Build());
        return articles;
    }

    // A source that runs a chapter's articles together on one line (飞行基本规则 2007: "第一条 ……制定本规则。 第二条
    // 凡辖有……") gives each its own line: a sentence's end, a space, then the next number's heading and a space. A
    // reference inside the text (依照本规则第二条的规定) is neither after a sentence's end nor the next number.
    private static List<string> SplitRunOnArticles(List<string> body)
    {
        List<string>? split = null;
        for (var i = 0; i < body.Count; i++)
        {
            var line = body[i];
            var heading = ArticleLine().Match(line);
            if (!heading.Success || heading.Groups["sub"].Success || !ChineseNumeral.TryParse(heading.Groups["n"].Value, out var number))
            {
                split?.Add(line);
                continue;
            }

            var start = 0;
            foreach (Match next in RunOnArticle().Matches(line))
            {
                if (!ChineseNumeral.TryParse(next.Groups["n"].Value, out var following) || following != number + 1)
                    continue;
                split ??= [.. body.Take(i)];
                split.Add(line[start..next.Index].TrimEnd());
                start = next.Groups["heading"].Index;
                number = following;
            }

            split?.Add(start == 0 ? line : line[start..]);
        }

        return split ?? body;
    }

    private static List<(int Line, ArticleNumber Number, string Text)> LongestIncreasingRun(List<(int Line, ArticleNumber Number, string Text)> candidates)
    {
        // Patience sorting: tails[k] = index of the smallest tail of an increasing run of length k + 1.
        var tails = new List<int>();
        var previous = new int[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var key = Key(candidates[i].Number);
            int low = 0, high = tails.Count;
            while (low < high)
            {
                var mid = (low + high) / 2;
                if (Key(candidates[tails[mid]].Number) < key)
                    low = mid + 1;
                else
                    high = mid;
            }

            previous[i] = low > 0 ? tails[low - 1] : -1;
            if (low == tails.Count)
                tails.Add(i);
            else
                tails[low] = i;
        }

        var run = new List<(int Line, ArticleNumber Number, string Text)>();
        for (var i = tails.Count > 0 ? tails[^1] : -1; i >= 0; i = previous[i])
            run.Add(candidates[i]);
        run.Reverse();
        return run;
    }

    private static long Key(ArticleNumber number) => ((long)number.Number << 8) | (uint)number.Sub;

    /// <summary>Dates in header lines: 2020年5月28日, with full-width digits too.</summary>
    public static IEnumerable<(DateOnly Date, string Line)> HistoryDates(IEnumerable<string> history)
    {
        foreach (var line in history)
        {
            foreach (Match m in DateText().Matches(line))
            {
                if (TryDate(m, out var date))
                    yield return (date, line);
            }
        }
    }

    /// <summary>The latest adoption or revision date in the header (a line saying only 施行 is not one).</summary>
    public static DateOnly? LatestHistoryDate(IEnumerable<string> history)
    {
        DateOnly? latest = null;
        foreach (var (date, line) in HistoryDates(history))
        {
            if (IsInForceLine(line))
                continue;
            if (latest is null || date > latest)
                latest = date;
        }

        return latest;
    }

    /// <summary>A header line that only says when the text took effect: "2021年1月1日 施行".</summary>
    public static bool IsInForceLine(string line) =>
        line.Contains("施行", StringComparison.Ordinal) && !line.Contains("通过", StringComparison.Ordinal)
        && !line.Contains("修正", StringComparison.Ordinal) && !line.Contains("修订", StringComparison.Ordinal)
        && !line.Contains("公布", StringComparison.Ordinal);

    /// <summary>Reads a date match from <see cref="DateText"/>.</summary>
    public static bool TryDate(Match match, out DateOnly date)
    {
        date = default;
        var year = ParseNumber(match.Groups["y"].Value);
        var month = ParseNumber(match.Groups["m"].Value);
        var day = ParseNumber(match.Groups["d"].Value);
        if (year < 1949 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>Matches 2020年5月28日 (ASCII or full-width digits, spaces allowed).</summary>
    [GeneratedRegex(@"(?<y>[0-9０-９]{4})\s*年\s*(?<m>[0-9０-９]{1,2})\s*月\s*(?<d>[0-9０-９]{1,2})\s*日")]
    public static partial Regex DateText();

    // A space before 条 is a source typo (刑事诉讼法 2018: "第一百二十八 条侦查人员…"), not a different line.
    [GeneratedRegex(@"^第(?<n>[〇零一二两三四五六七八九十百千0-9]+)\s?条(之(?<sub>[一二三四五六七八九十]+))?[\s　]*(?<text>.*)$")]
    private static partial Regex ArticleLine();

    // The next article's heading inside a line: after a sentence's end and a space, before a space.
    [GeneratedRegex(@"(?<=。)[ \t　]+(?<heading>第(?<n>[〇零一二两三四五六七八九十百千]+)条)[ \t　]")]
    private static partial Regex RunOnArticle();

    [GeneratedRegex(@"^(?<n>[一二三四五六七八九十百]+)、(?<text>.+)$")]
    private static partial Regex EnumeratedArticleLine();

    [GeneratedRegex(@"^(第[〇零一二两三四五六七八九十百千]+[编章节]|附\s*则|附\s*录)(\s|$|　)")]
    private static partial Regex HeadingLine();

    private static int ParseNumber(string digits)
    {
        var value = 0;
        foreach (var c in digits)
            value = (value * 10) + (c >= '０' ? c - '０' : c - '0');
        return value;
    }

    private static void SkipFrontMatter(string[] lines, ref int index)
    {
        if (lines.Length == 0 || lines[0].Trim() != "---")
            return;
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("---", StringComparison.Ordinal))
            {
                // Some files put the title right after the closing marker: ---# 中华人民共和国民法典
                var rest = lines[i].AsSpan(3).ToString();
                if (rest.Length > 0)
                    lines[i] = rest;
                else
                    i++;
                index = i;
                return;
            }
        }
    }

    private static string? ReadTitle(string[] lines, ref int index)
    {
        for (; index < lines.Length; index++)
        {
            var line = lines[index].Trim();
            if (line.Length == 0)
                continue;
            if (!line.StartsWith("# ", StringComparison.Ordinal))
                return null;
            index++;
            return LawTitle.Normalize(line.AsSpan(2)).Trim();
        }

        return null;
    }

    // "第一章  总 则" → "第一章 总则": spaces inside headings are layout.
    private static string NormalizeHeading(string heading)
    {
        var squeezed = Whitespace().Replace(heading, "");
        var head = HeadingNumber().Match(squeezed);
        return head.Success && head.Groups[2].Length > 0 ? head.Groups[1].Value + " " + head.Groups[2].Value : squeezed;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(第[〇零一二两三四五六七八九十百千]+分?[编章节])(.*)$")]
    private static partial Regex HeadingNumber();

    // 编 > 章 > 节: a heading fills its slot and clears the ones below it. Headings that are not numbered take their
    // depth from their # level (a 民法典 part's "# 总则" is a 编).
    private static void SetHeading(string?[] headings, int level, string heading)
    {
        var numbered = heading.StartsWith('第');
        var depth = numbered && heading.Contains('编', StringComparison.Ordinal) ? 0
            : numbered && heading.Contains('章', StringComparison.Ordinal) ? 1
            : numbered && heading.Contains('节', StringComparison.Ordinal) ? 2
            : Math.Clamp(level - 1, 0, 2);
        headings[depth] = heading;
        for (var d = depth + 1; d < headings.Length; d++)
            headings[d] = null;
    }

    private sealed class ArticleBuilder(ArticleNumber number, string heading)
    {
        private readonly List<StatuteParagraph> _paragraphs = [];
        private string? _text;
        private List<string> _items = [];

        public ArticleNumber Number { get; } = number;

        public void AddLine(string line)
        {
            line = line.Trim();
            if (line.Length == 0)
                return;
            if (_text is not null && IsItem(line))
            {
                _items.Add(line);
                return;
            }

            Flush();
            _text = line;
        }

        public StatuteArticle Build()
        {
            Flush();
            return new StatuteArticle(Number, _paragraphs, heading);
        }

        private void Flush()
        {
            if (_text is null)
                return;
            _paragraphs.Add(new StatuteParagraph(_text, _items));
            _text = null;
            _items = [];
        }

        private static bool IsItem(string line) =>
            line.Length > 2 && line[0] is '（' or '(' && line.IndexOfAny(['）', ')'], 1) is > 1 and < 6
            && ChineseNumeral.IsChineseNumeralChar(line[1]);
    }
}
