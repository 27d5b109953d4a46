using CitationLint.Statutes.Alignment;
using CitationLint.Statutes.Table;
using CitationLint.Syntax;

namespace CitationLint.Analysis;

/// <summary>
/// Recognises a document, or a passage, that is itself statute text with no law named before it: a document whose
/// title line is a law's title (# 人民检察院刑事诉讼规则, or 最高人民法院⏎关于审理劳动争议案件适用法律问题的解释(一)
/// broken over two lines) is that law's text, so its 本法 and its bare article headings are that law's; and an
/// article heading pasted with its text (第二十二条 对公民提起的民事诉讼，由被告住所地人民法院管辖…) under no named law
/// is the article of the law whose provision of that very number holds that text.
/// </summary>
public sealed class StatuteTextRecognizer(StatuteTable table, Func<QuoteIndex> quoteIndex)
{
    // How many of a document's first non-blank lines may hold its title (a document number, the issuing body and
    // the title each take one on official pages).
    private const int TitleLineCount = 4;

    // The pasted text must be this share of the matched provision's wording, and the provision must carry the cited
    // number: both together make a wrong law practically impossible. 0.8 leaves room for a page's typos and
    // punctuation; the article texts of ../shared/corpus/dev that are pasted verbatim score 0.95–1.
    private const double MinimumScore = 0.8;

    // Shorter passages (a caption such as 申请复议的期限) say too little to tell one law from another.
    private const int MinimumLength = 12;

    // A clause after a bare number is taken for the other law's article when at least this share of its words are
    // that article's and this margin fewer the governing law's: a paraphrase wrapped in 关于“…”的规定 keeps about 0.8
    // of its words in the article it names (A022-like pages), an unrelated article holds under 0.3.
    private const double RivalFit = 0.6;
    private const double RivalMargin = 0.3;

    // Lines are taken until the passage has this many characters (a 款 of an article is seldom shorter).
    private const int EnoughLength = 40;

    // Only the opening of a long body is compared: the article's own text comes first.
    private const int MaximumLength = 300;

    /// <summary>
    /// The law a document's title line names (a title the table knows, written as a title is, without 《》: a line
    /// 《劳动合同法》 heads a block of a page, not the page); null when none.
    /// </summary>
    public string? DocumentLaw(string prose)
    {
        ArgumentNullException.ThrowIfNull(prose);
        var lines = new List<string>(TitleLineCount);
        var position = 0;
        while (lines.Count < TitleLineCount && position < prose.Length)
        {
            var end = prose.IndexOf('\n', position);
            if (end < 0)
                end = prose.Length;
            var line = prose.AsSpan(position, end - position).Trim().TrimStart('#').Trim().ToString();
            position = end + 1;
            if (line.Length > 0)
                lines.Add(line);
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (Known(lines[i]) is { } law)
                return law;
            if (i + 1 < lines.Count && Known(lines[i] + lines[i + 1]) is { } joined)
                return joined;
        }

        return null;
    }

    /// <summary>
    /// The lines that are a law's title and nothing else (最高人民法院关于适用《中华人民共和国民事诉讼法》的解释 over the
    /// articles a page quotes from it), with the law: each governs the block below it.
    /// </summary>
    public IReadOnlyList<(int Start, string Law)> TitleLines(string prose)
    {
        ArgumentNullException.ThrowIfNull(prose);
        List<(int Start, string Law)>? lines = null;
        var position = 0;
        while (position < prose.Length)
        {
            var end = prose.IndexOf('\n', position);
            if (end < 0)
                end = prose.Length;
            var line = prose.AsSpan(position, end - position).Trim();
            // Only a line that ends like a title is looked up: statute text and prose end with 。 or ；. The last
            // character is tested before anything is allocated: most lines end otherwise.
            if (line.Length is >= 4 and <= 120 && line[0] != '《' && !IsSentenceEnd(line[^1]) && LawTitle.LooksLikeStatute(line)
                && Known(line.TrimStart('#').Trim().ToString()) is { } law)
                (lines ??= []).Add((position, law));
            position = end + 1;
        }

        return lines ?? (IReadOnlyList<(int, string)>)[];
    }

    /// <summary>
    /// The title of the law whose article <paramref name="number"/> (in some version) is <paramref name="text"/>;
    /// null when the text is too short or no provision of that number holds it.
    /// </summary>
    public string? LawOf(ArticleNumber number, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // A caption (【寻衅滋事罪】) before the text, and commentary after the next one (【条文主旨】), are not the article.
        var opening = text.AsSpan().TrimStart();
        if (opening.StartsWith("【".AsSpan(), StringComparison.Ordinal) && opening.IndexOf('】') is var captionEnd and > 0)
            opening = opening[(captionEnd + 1)..];
        if (opening.IndexOf('【') is var commentary and > 0)
            opening = opening[..commentary];
        // Whole lines, as few as make a passage: what follows an article's first paragraphs may be the page's own words.
        var length = 0;
        while (length < opening.Length && length < EnoughLength)
        {
            var lineBreak = opening[length..].IndexOf('\n');
            length = lineBreak < 0 ? opening.Length : length + lineBreak + 1;
        }

        opening = opening[..Math.Min(length, MaximumLength)];
        text = opening.ToString();
        if (TextFingerprint.Normalize(text).Length < MinimumLength)
            return null;
        string? found = null;
        foreach (var match in quoteIndex().Find(text, max: 5, minimumScore: MinimumScore))
        {
            foreach (var provision in match.Provisions)
            {
                if (provision.Number != number)
                    continue;
                var title = provision.Version.Statute.Title;
                if (found is not null && found != title)
                    return null; // two laws carry the same text under the same number: say nothing
                found = title;
            }
        }

        return found;
    }

    /// <summary>
    /// Which of two laws named in a paragraph a bare 第N条 followed by <paramref name="clause"/> (its paraphrase or
    /// quote) means: <paramref name="rival"/> only when its article of that number holds the clause's words and the
    /// governing law's does not; else <paramref name="governing"/>.
    /// </summary>
    public string Prefer(ArticleNumber number, string clause, string governing, string rival)
    {
        ArgumentNullException.ThrowIfNull(clause);
        if (TextFingerprint.Normalize(clause).Length < MinimumLength)
            return governing;
        var rivalFit = Fit(rival, number, clause);
        return rivalFit >= RivalFit && Fit(governing, number, clause) < RivalFit - RivalMargin ? rival : governing;
    }

    // The best share of the clause's words found in the law's article of that number, in any version.
    private double Fit(string law, ArticleNumber number, string clause)
    {
        if (table.Find(law) is not { } statute)
            return 0;
        var best = 0.0;
        foreach (var version in statute.Versions)
        {
            if (version.Find(number) is { } provision)
                best = Math.Max(best, QuoteMatcher.Coverage(clause, provision.Text));
        }

        return best;
    }

    private static bool IsSentenceEnd(char c) => c is '。' or '；' or ';' or '，' or ',' or '：' or ':' or '”' or '！' or '？' or '、';

    private string? Known(string line) =>
        line.Length is >= 4 and <= 120 && LawTitle.LooksLikeStatute(line.AsSpan()) && table.Find(line) is { } statute ? statute.Title : null;
}
