using CitationLint.Syntax;

namespace CitationLint.Analysis;

/// <summary>
/// Resolves what relative and bare citations refer to, from context: 本法 and a bare 第N条/第二款/本条/前款 inside a
/// quote, or inside the statute text a citation heads (第二十七条 当事人有…), refer to the quoted law and article;
/// 该法/同法 to the law named last; a bare 第N条 (and 本法) in prose to the law that governs its block
/// (<see cref="GoverningLaw"/>); a bare 第二款 in prose to the article cited just before in the same paragraph. An
/// abbreviation the text defines (（以下简称《侵权责任法》）) names the law it was defined for. A bare 第N条 with no
/// law in reach is not a citation and is dropped; so is a bare 本条 inside the text of the article it means.
/// </summary>
public static class ReferenceResolver
{
    /// <summary>The references of a document's citations, in document order.</summary>
    public static IReadOnlyList<ArticleReference> Resolve(IReadOnlyList<CitationSyntax> citations, string text) =>
        Resolve(citations, text, null, [], null);

    /// <summary>
    /// The references of a document's citations, in document order, for a document that is the text of
    /// <paramref name="documentLaw"/> (its title line names it; null when it is not a statute text), with
    /// <paramref name="recognizer"/> to tell which law an article heading pasted with its text belongs to when no law
    /// is named before it. <paramref name="titleLines"/> are the lines that hold a law's title alone; each governs the
    /// block below it.
    /// </summary>
    public static IReadOnlyList<ArticleReference> Resolve(
        IReadOnlyList<CitationSyntax> citations,
        string text,
        string? documentLaw,
        IReadOnlyList<(int Start, string Law)> titleLines,
        StatuteTextRecognizer? recognizer)
    {
        ArgumentNullException.ThrowIfNull(citations);
        ArgumentNullException.ThrowIfNull(text);
        var references = new List<ArticleReference>(citations.Count);
        var quoting = new List<(CitationSyntax Citation, string? Law, ArticleReference? First)>();
        ArgumentNullException.ThrowIfNull(titleLines);
        var governing = new GoverningLaw(text, titleLines);
        if (documentLaw is not null)
            governing.Named(documentLaw, default);
        Dictionary<string, string>? aliases = null;
        string? lastNamedLaw = null;
        ArticleReference? lastInProse = null;
        ArticleReference? lastInQuote = null;
        GoverningLaw? inQuote = null;
        CitationSyntax? inQuoteOf = null;
        foreach (var citation in citations)
        {
            var container = Container(quoting, citation.Span);
            if (container is not null && !ReferenceEquals(inQuoteOf, container.Value.Citation))
            {
                inQuote = GoverningLaw.WithinSentence(text);
                inQuoteOf = container.Value.Citation;
            }

            var firstIndex = references.Count;
            switch (citation.Law?.Kind)
            {
                case LawNameKind.Titled or LawNameKind.Unmarked:
                    var name = citation.Law.Name;
                    if (aliases is not null && aliases.TryGetValue(name, out var defined))
                        name = defined;
                    if (citation.Law.DefinedAlias is { Length: > 0 } alias)
                        (aliases ??= new(StringComparer.Ordinal))[alias] = name;
                    lastNamedLaw = name;
                    if (container is null && !IsParenthetical(citation.Span, text))
                        governing.Named(name, citation.Span);
                    else if (container is not null)
                        inQuote!.Named(name, citation.Span);
                    // An unmarked name alone is a mention in prose: 该法 may refer to it, it is not reported.
                    if (citation.Law.Kind == LawNameKind.Titled || citation.Articles.Count > 0)
                        AddAll(references, citation, name, text);
                    break;
                case LawNameKind.Foreign:
                    if (container is null)
                        governing.NamedForeign(citation.Span);
                    AddAll(references, citation, citation.Law.Name, text); // not resolved against the table: CL0011 says it is not checked
                    break;
                case LawNameKind.This:
                    AddAll(references, citation, container is not null ? container.Value.Law : governing.ForThisWord(citation.Law.Name, citation.Span.Start), text);
                    break;
                case LawNameKind.Antecedent:
                    AddAll(references, citation, lastNamedLaw, text);
                    break;
                default:
                    // In a statute's own text its article headings are its own, whatever their articles cite.
                    var law = container is not null ? inQuote!.For(citation.Span.Start) ?? container.Value.Law
                        : documentLaw is not null && citation.Body is not null ? documentLaw
                        : Choose(citation, text, governing, recognizer) ?? Recognize(citation, text, recognizer, governing);
                    // A part (第二款) takes the article cited before it: in prose, in the same paragraph; in a quote, in the
                    // same sentence (本解释第二条第一款规定和第二款…), else the quoted article.
                    var isPart = citation.Articles is [{ Kind: ArticleReferenceKind.Part }, ..];
                    var quoted = container is null ? null
                        : isPart ? SameSentence(lastInQuote, citation, text) ?? container.Value.First
                        : container.Value.First; // 前款, 本条: the article the text is in
                    var previous = container is null ? SameParagraph(lastInProse, citation, text) : null;
                    switch (WordBefore(citation, text))
                    {
                        case "该条" or "同条" or "此条": // 该条第二款: the article cited last, wherever it was
                            if (container is not null)
                                quoted = lastInQuote ?? quoted;
                            else
                                previous = lastInProse;
                            break;
                        case "前条": // 前条第二项: the article before the one the text is in
                            quoted = quoted?.Article is { Number: > 1 } n && ReferenceEquals(quoted, container?.First)
                                ? quoted with { Article = new ArticleNumber(n.Number - 1, 0), Paragraph = null, Item = null }
                                : null;
                            previous = null;
                            break;
                    }

                    // A statute text's own article headings are listed, not checked against their own text again:
                    // their "quote" is the document itself (and judging a whole old version's text as of today is
                    // the version inference's work, not 1,700 quote searches).
                    var ownArticle = container is null && documentLaw is not null && citation.Body is not null;
                    AddBare(references, citation, quoted, previous, law, ownArticle ? null : citation.Quote, ownArticle);
                    break;
            }

            var added = references.Count > firstIndex;
            // The text a citation heads is a quote even when its law is unknown: the names cited inside it govern
            // nothing outside it.
            if (citation.Body is not null && (added || citation.Articles is [{ Kind: ArticleReferenceKind.Article }, ..]))
                quoting.Add((citation, added ? references[firstIndex].LawName : null, added ? references[firstIndex] : null));
            if (added && container is null)
                lastInProse = references[^1];
            else if (added && citation.Articles is [{ Kind: ArticleReferenceKind.Article }, ..])
                lastInQuote = references[^1]; // a numbered article (not 前款 or 本条): what a later 第二款 may continue
        }

        return references;
    }

    // The governing law, or the other law named in the paragraph when the words after the number are its article's.
    private static string? Choose(CitationSyntax citation, string text, GoverningLaw governing, StatuteTextRecognizer? recognizer)
    {
        var law = governing.For(citation.Span.Start);
        if (law is null || recognizer is null || governing.RivalFor(citation.Span.Start) is not { } rival
            || citation.Articles is not [{ Kind: ArticleReferenceKind.Article, Article: { } number }, ..])
            return law;
        return recognizer.Prefer(number, Clause(text, citation.Span.End), law, rival);
    }

    // The words after a citation up to the end of its clause (；。 or a line break): its paraphrase, if any.
    private static string Clause(string text, int start)
    {
        const int MaxClause = 120;
        var end = start;
        while (end < text.Length && end - start < MaxClause && text[end] is not ('；' or ';' or '。' or '\n'))
            end++;
        return text.Substring(start, end - start);
    }

    // An article heading with its text and no law named before it: the law whose article of that number it is
    // governs from here on (a page that pastes a statute's articles without naming it).
    private static string? Recognize(CitationSyntax citation, string text, StatuteTextRecognizer? recognizer, GoverningLaw governing)
    {
        if (recognizer is null || citation.Body is not { } body || body.Length == 0
            || citation.Articles is not [{ Kind: ArticleReferenceKind.Article, Article: { } number }, ..])
            return null;
        var law = recognizer.LawOf(number, text.Substring(body.Start, body.Length));
        if (law is not null)
            governing.Named(law, citation.Span);
        return law;
    }

    private static void AddAll(List<ArticleReference> references, CitationSyntax citation, string? law, string text)
    {
        if (citation.Articles.Count == 0)
        {
            references.Add(new ArticleReference(citation.Span, law, citation, null, null, null, null, true));
            return;
        }

        for (var i = 0; i < citation.Articles.Count; i++)
        {
            var article = citation.Articles[i];
            // The first reference includes the law name, but never the lines above its article: a title line over an
            // article heading, or a title broken across lines, is located where the article is.
            var span = i == 0 ? new TextSpan(FirstLineStart(text, citation.Span.Start, article.Span.Start), article.Span.End) : article.Span;
            references.Add(new ArticleReference(span, law, citation, article.Article, article.Paragraph, article.Item, citation.Quote, article.WellFormed) { InRange = article.InRange });
        }
    }

    // A citation without a law name: a 第N条 takes the law given (the governing law in prose; in a quote the law
    // named earlier in its sentence, else the quoted law); a part (第二款) the article cited just before in the same paragraph; 本条/前款 in prose
    // stay unresolved.
    private static void AddBare(
        List<ArticleReference> references,
        CitationSyntax citation,
        ArticleReference? quoted,
        ArticleReference? previous,
        string? governing,
        QuoteSyntax? quote,
        bool ownArticle)
    {
        var context = quoted ?? previous;
        var articles = citation.Articles;
        for (var a = 0; a < articles.Count; a++) // by index: a foreach over the interface boxes an enumerator for every citation
        {
            var article = articles[a];
            string? lawName;
            ArticleNumber? number;
            int? paragraph;
            switch (article.Kind)
            {
                case ArticleReferenceKind.Article when article.Article is not null:
                    if (governing is null)
                        continue; // 第三条 with no law in reach is not a citation
                    (lawName, number, paragraph) = (governing, article.Article, article.Paragraph);
                    break;
                case ArticleReferenceKind.Part or ArticleReferenceKind.Article:
                    if (context is null)
                        continue;
                    (lawName, number, paragraph) = (context.LawName, context.Article, article.Paragraph ?? context.Paragraph);
                    break;
                case ArticleReferenceKind.ThisArticle:
                    if (quoted is not null && article.Paragraph is null && article.Item is null)
                        continue; // 本条 inside the article's own text adds nothing to the article's citation
                    (lawName, number, paragraph) = (quoted?.LawName, quoted?.Article, article.Paragraph);
                    break;
                default: // 前款
                    (lawName, number, paragraph) = (quoted?.LawName, quoted?.Article, quoted?.Paragraph is > 1 ? quoted.Paragraph - 1 : null);
                    break;
            }

            references.Add(new ArticleReference(article.Span, lawName, citation, number, paragraph, article.Item, quote, article.WellFormed)
            {
                InRange = article.InRange,
                OwnArticle = ownArticle,
            });
        }
    }

    private static (CitationSyntax Citation, string? Law, ArticleReference? First)? Container(
        List<(CitationSyntax Citation, string? Law, ArticleReference? First)> quoting, TextSpan span)
    {
        for (var i = quoting.Count - 1; i >= 0; i--)
        {
            var body = quoting[i].Citation.Body!.Value;
            if (body.Contains(span))
                return quoting[i];
            // A body that ended before this citation holds none of the rest either (citations come in text order):
            // dropped, so a statute text's headings do not each look back through every article before them.
            if (body.End <= span.Start)
                quoting.RemoveAt(i);
        }

        return null;
    }

    // The article cited last in prose, when nothing but the same paragraph lies between it and this part.
    // The two characters right before a bare part (该条第二款, 前条第二项); empty for other citations.
    private static ReadOnlySpan<char> WordBefore(CitationSyntax citation, string text) =>
        citation.Articles is [{ Kind: ArticleReferenceKind.Part }, ..] && citation.Span.Start >= 2
            ? text.AsSpan(citation.Span.Start - 2, 2)
            : default;

    // （《刑法修正案（十一）》第二条）: a citation in parentheses is an aside; it does not govern what follows.
    private static bool IsParenthetical(TextSpan span, string text)
    {
        var before = span.Start - 1;
        while (before >= 0 && text[before] is ' ' or '\u3000')
            before--;
        var after = span.End;
        while (after < text.Length && text[after] is ' ' or '\u3000')
            after++;
        return before >= 0 && text[before] is '（' or '(' && after < text.Length && text[after] is '）' or ')';
    }

    // The article cited last inside a quote, when nothing but the same sentence lies between it and this part.
    private static ArticleReference? SameSentence(ArticleReference? previous, CitationSyntax citation, string text)
    {
        if (previous is null || previous.Article is null || previous.Span.End > citation.Span.Start)
            return null;
        var between = text.AsSpan(previous.Span.End, citation.Span.Start - previous.Span.End);
        return between.IndexOfAny('。', '\n') < 0 ? previous : null; // a ； parts clauses of one sentence
    }

    private static ArticleReference? SameParagraph(ArticleReference? previous, CitationSyntax citation, string text)
    {
        if (previous is null || previous.Article is null)
            return null;
        var between = text.AsSpan(previous.Span.End, Math.Max(0, citation.Span.Start - previous.Span.End));
        return GoverningLaw.HasBlankLine(between) ? null : previous;
    }

    // Where the first reference starts: at the article's line, unless the lines above hold nothing of the name but
    // an opening 《 left at a line's end.
    private static int FirstLineStart(string text, int citationStart, int articleStart)
    {
        var lineStart = LineStart(text, articleStart);
        if (lineStart <= citationStart)
            return citationStart;
        foreach (var c in text.AsSpan(citationStart, lineStart - citationStart))
        {
            if (char.IsLetter(c))
                return lineStart;
        }

        return citationStart;
    }

    private static int LineStart(string text, int position)
    {
        var lineBreak = position > 0 ? text.LastIndexOf('\n', position - 1) : -1;
        return lineBreak + 1;
    }
}
