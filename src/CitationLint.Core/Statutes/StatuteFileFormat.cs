using System.Globalization;
using System.Text;
using CitationLint.Syntax;

namespace CitationLint.Statutes;

/// <summary>
/// The project's own normalized, diff-friendly text format for one version of a law (statutes/laws/*/DATE.md):
/// a title line, <c>key: value</c> lines, headings as <c>##</c>/<c>###</c>/<c>####</c>, one line per article
/// (<c>第一条 text</c>) with its further 款 and 项 on following lines indented by two spaces.
/// </summary>
public static class StatuteFileFormat
{
    /// <summary>Writes a version.</summary>
    public static string Write(StatuteText statute)
    {
        ArgumentNullException.ThrowIfNull(statute);
        var text = new StringBuilder();
        text.Append("# ").Append(statute.Title).Append('\n');
        text.Append("version: ").Append(statute.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("source: ").Append(statute.Source).Append('\n');
        foreach (var line in statute.History)
            text.Append("history: ").Append(line).Append('\n');
        var heading = "";
        foreach (var article in statute.Articles)
        {
            if (article.Heading != heading)
            {
                WriteHeadingChange(text, heading, article.Heading);
                heading = article.Heading;
            }

            var first = true;
            foreach (var paragraph in article.Paragraphs)
            {
                text.Append(first ? article.Label + " " : "  ").Append(paragraph.Text).Append('\n');
                foreach (var item in paragraph.Items)
                    text.Append("  ").Append(item).Append('\n');
                first = false;
            }

            if (first)
                text.Append(article.Label).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Reads a version written by <see cref="Write"/>.</summary>
    public static StatuteText Read(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        if (lines.Length == 0 || !lines[0].StartsWith("# ", StringComparison.Ordinal))
            throw new FormatException($"{source}: the first line must be '# title'");
        var title = lines[0][2..];
        DateOnly? date = null;
        var origin = source;
        var history = new List<string>();
        var headings = new List<string>();
        var articles = new List<StatuteArticle>();
        ArticleNumber? number = null;
        var paragraphs = new List<StatuteParagraph>();
        var articleHeading = "";
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
                continue;
            if (line.StartsWith("version: ", StringComparison.Ordinal))
            {
                date = DateOnly.ParseExact(line["version: ".Length..], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("source: ", StringComparison.Ordinal))
            {
                origin = line["source: ".Length..];
            }
            else if (line.StartsWith("history: ", StringComparison.Ordinal))
            {
                history.Add(line["history: ".Length..]);
            }
            else if (line.StartsWith('#'))
            {
                var depth = line.TakeWhile(c => c == '#').Count() - 2;
                while (headings.Count > depth)
                    headings.RemoveAt(headings.Count - 1);
                headings.Add(line.TrimStart('#').Trim());
            }
            else if (line.StartsWith("  ", StringComparison.Ordinal))
            {
                var content = line[2..];
                if (IsItem(content) && paragraphs.Count > 0)
                    paragraphs[^1] = paragraphs[^1] with { Items = [.. paragraphs[^1].Items, content] };
                else
                    paragraphs.Add(new StatuteParagraph(content, []));
            }
            else
            {
                Flush();
                var space = line.IndexOf(' ', StringComparison.Ordinal);
                var label = space < 0 ? line : line[..space];
                number = ParseLabel(label) ?? throw new FormatException($"{source}:{i + 1}: not an article line: {line}");
                articleHeading = string.Join(" / ", headings);
                if (space >= 0)
                    paragraphs.Add(new StatuteParagraph(line[(space + 1)..], []));
            }
        }

        Flush();
        return new StatuteText(title, date ?? throw new FormatException($"{source}: no 'version:' line"), history, articles, origin);

        void Flush()
        {
            if (number is { } n)
                articles.Add(new StatuteArticle(n, paragraphs, articleHeading));
            paragraphs = [];
            number = null;
        }
    }

    /// <summary>第一千零三十二条 → (1032, 0); 第二百九十三条之一 → (293, 1).</summary>
    public static ArticleNumber? ParseLabel(string label)
    {
        if (!label.StartsWith('第'))
            return null;
        var tiao = label.IndexOf('条', StringComparison.Ordinal);
        if (tiao < 0 || !ChineseNumeral.TryParse(label.AsSpan(1, tiao - 1), out var number))
            return null;
        var sub = 0;
        if (tiao + 1 < label.Length && (label[tiao + 1] != '之' || !ChineseNumeral.TryParse(label.AsSpan(tiao + 2), out sub)))
            return null;
        return new ArticleNumber(number, sub);
    }

    private static bool IsItem(string line) =>
        line.Length > 2 && line[0] is '（' or '(' && ChineseNumeral.IsChineseNumeralChar(line[1]);

    private static void WriteHeadingChange(StringBuilder text, string from, string to)
    {
        var old = from.Length == 0 ? [] : from.Split(" / ");
        var now = to.Length == 0 ? [] : to.Split(" / ");
        var same = 0;
        while (same < old.Length && same < now.Length && old[same] == now[same])
            same++;
        for (var depth = same; depth < now.Length; depth++)
            text.Append(new string('#', depth + 2)).Append(' ').Append(now[depth]).Append('\n');
    }
}
