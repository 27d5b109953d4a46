using CitationLint.Syntax;

namespace CitationLint.Analysis;

/// <summary>What a citation's evidence is, strongest first.</summary>
public enum EvidenceKind
{
    /// <summary>Text between quotation marks after the citation.</summary>
    Quote,

    /// <summary>Text that follows the citation unmarked: pasted statute text, or what 规定，/的规定： introduces.</summary>
    Implicit,

    /// <summary>The clause around the citation, in the author's words.</summary>
    Paraphrase,

    /// <summary>No words of its own: the version the document's other citations of the law follow.</summary>
    Document,
}

/// <summary>The words a citation is judged by, and where they stand.</summary>
/// <param name="Kind">How the words are attached.</param>
/// <param name="Text">The words (empty for <see cref="EvidenceKind.Document"/>).</param>
/// <param name="Span">Where they stand in the document.</param>
public sealed record CitationEvidence(EvidenceKind Kind, string Text, TextSpan Span)
{
    /// <summary>The evidence of a citation whose words are the document's other citations of the law.</summary>
    public static CitationEvidence FromDocument { get; } = new(EvidenceKind.Document, "", default);
}

/// <summary>
/// Finds the words a citation is judged by (issue 14): its marked quote; else the text that follows it unmarked
/// (pasted statute text, 《专利法》第六十五条侵犯专利权的赔偿数额…, or what 规定，/的规定：/之规定 introduces) up to the
/// next citation or the paragraph's end; else the sentence around it, as a paraphrase.
/// </summary>
public static class EvidenceFinder
{
    // Longer passages are cut: an article's own words come first, the page's commentary after them.
    private const int MaximumLength = 300;

    // Fewer characters say too little to tell one provision from another (a 项 caption, 的规定 alone).
    private const int MinimumLength = 8;

    /// <summary>
    /// The evidence of <paramref name="citation"/> in <paramref name="text"/> (the document's simplified prose), with
    /// <paramref name="next"/> the start of the citation after it (text.Length when none); null when it has none.
    /// </summary>
    public static CitationEvidence? Find(string text, CitationSyntax citation, int next)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(citation);
        // An unmarked quote that is only the opening line of the article body below (保证人应当履行以下义务：⏎（一）…)
        // gives way to the body.
        var body = citation.Body;
        if (citation.Quote is { } quote && quote.Span.Length >= MinimumLength
            && (quote.Style == QuoteStyle.Marked || body is not { } b || !b.Contains(quote.Span) || b.Length <= quote.Span.Length))
            return new CitationEvidence(quote.Style == QuoteStyle.Marked ? EvidenceKind.Quote : EvidenceKind.Implicit, quote.Text, quote.Span);
        if (body is { Length: > 0 }) // an article heading with its text below or after it (第二十六条有下列行为之一的…)
        {
            // Past the lead word and its colon or comma (…的规定：⏎⏎借款合同…), then up to a paragraph break or a citation
            // that starts a new sentence (…申请支付令；《民事诉讼法》第二百三十六条：…): the article's first 款 is evidence
            // enough, the page's next paragraph or sentence about another article is not the article. A citation inside
            // the article's own sentence (依照行政复议法第六条第（八）项…的规定申请…) is part of its text.
            var start = SkipLead(text, body.Value.Start, body.Value.End);
            var end = Math.Min(body.Value.End, start + MaximumLength);
            if (next < end && StartsSentence(text, start, next))
                end = next;
            var gap = end > start ? text.IndexOf("\n\n", start, end - start, StringComparison.Ordinal) : -1;
            return Make(text, start, gap > start ? gap : end, EvidenceKind.Implicit);
        }

        return Following(text, citation.Span.End, next) ?? Around(text, citation.Span, next);
    }

    // Text right after the citation (no connective: 和, 的, 至 make the number part of a sentence) or after a lead
    // word, up to the next citation or the line's end.
    private static CitationEvidence? Following(string text, int end, int next)
    {
        var position = end;
        while (position < text.Length && text[position] is ' ' or '\u3000' or '\t')
            position++;
        var lead = QuoteReader.LeadWordAt(text, position);
        var led = lead > 0;
        position += lead;

        // Laid out as statute text: after a space, or after 规定 and a colon, comma or quotation mark. Words glued to
        // the number or the lead word (第79条直接列举了…, 规定了…) are the author's.
        var laidOut = position > end && !led;
        var introduced = position;
        while (position < text.Length && text[position] is ' ' or '\u3000' or '\t' or '，' or ',' or '：' or ':')
            position++;
        if (led && (position > introduced || (position < text.Length && text[position] is '“' or '"' or '「')))
            laidOut = true;
        if (position >= text.Length || (!led && !QuoteReader.StartsStatuteText(text[position])))
            return null;
        var stop = LineEnd(text, position, next);
        return Make(text, position, stop, laidOut ? EvidenceKind.Implicit : EvidenceKind.Paraphrase);
    }

    // Whether only spaces stand between a sentence break (。；！？ or a line break) and the position.
    private static bool StartsSentence(string text, int start, int position)
    {
        var i = position;
        while (i > start && text[i - 1] is ' ' or '\u3000' or '\t')
            i--;
        return i > start && IsSentenceBreak(text[i - 1]);
    }

    // Past spaces, line breaks, a lead word (规定, 的规定) and the colon or comma after it.
    private static int SkipLead(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        start += QuoteReader.LeadWordAt(text, start);
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '，' or ',' or '：' or ':'))
            start++;
        return start;
    }

    // The sentence the citation stands in, the citation left out: what the author says the article provides.
    private static CitationEvidence? Around(string text, TextSpan citation, int next)
    {
        var start = citation.Start;
        while (start > 0 && !IsSentenceBreak(text[start - 1]))
            start--;
        var end = citation.End;
        var limit = Math.Min(next, Math.Min(text.Length, citation.End + MaximumLength));
        while (end < limit && !IsSentenceBreak(text[end]))
            end++;
        var before = text.AsSpan(start, citation.Start - start).Trim().ToString();
        var after = text.AsSpan(citation.End, end - citation.End).Trim().ToString();
        var words = before.Length > 0 && after.Length > 0 ? before + "…" + after : before + after;
        return words.Length < MinimumLength ? null : new CitationEvidence(EvidenceKind.Paraphrase, words, new TextSpan(start, end));
    }

    private static int LineEnd(string text, int position, int next)
    {
        var limit = Math.Min(next, Math.Min(text.Length, position + MaximumLength));
        var end = position;
        while (end < limit && text[end] is not ('\n' or '\r'))
            end++;
        return end;
    }

    private static CitationEvidence? Make(string text, int start, int end, EvidenceKind kind)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        return end - start < MinimumLength ? null : new CitationEvidence(kind, text.Substring(start, end - start), new TextSpan(start, end));
    }

    private static bool IsSentenceBreak(char c) => c is '。' or '！' or '？' or '；' or '\n' or '\r';
}
