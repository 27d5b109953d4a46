namespace CitationLint.Syntax;

/// <summary>
/// Turns an article list as written (第1032、1033条 · 第十条至第十二条 · 第十条第一款、第二款) into one
/// <see cref="ArticleReferenceSyntax"/> per article, 款 and 项 referenced.
/// </summary>
internal static class ArticleExpansion
{
    // A range longer than this is a typo, not a citation of 200 articles; it is kept unexpanded and ill-formed.
    private const int MaxRangeLength = 200;

    public static IReadOnlyList<ArticleReferenceSyntax> Expand(ArticleElement head, IEnumerable<SeparatedElement> tail)
    {
        var references = new List<ArticleReferenceSyntax>();
        var state = new ExpansionState();
        AddElement(references, ref state, NumberSeparator.List, head);
        foreach (var (separator, element) in tail)
            AddElement(references, ref state, separator, element);
        return references;
    }

    private struct ExpansionState
    {
        public ArticleNumber? LastArticle;
        public int? LastParagraph;
        public int? LastItem;
        public ArticleReferenceKind LastKind;
        public TextSpan LastSpan;
    }

    private static void AddElement(
        List<ArticleReferenceSyntax> references, ref ExpansionState state, NumberSeparator separator, ArticleElement element)
    {
        if (element.Articles is null)
        {
            AddParts(references, ref state, separator, element);
            return;
        }

        var numbers = element.Articles.Numbers.Numerals;
        if (numbers.Count == 0)
        {
            references.Add(new ArticleReferenceSyntax(ArticleReferenceKind.Article, element.Span, null, null, null, WellFormed: false));
            return;
        }

        for (var n = 0; n < numbers.Count; n++)
        {
            var (innerSeparator, numeral) = numbers[n];
            var isFirst = n == 0;
            var isLast = n == numbers.Count - 1;
            var joinedBy = isFirst ? separator : innerSeparator;
            var sub = isLast ? element.Articles.InsertedSuffix : 0;
            var article = new ArticleNumber(numeral.Value, sub);

            // The reference's own text: a lone number takes the whole element (with its 款/项); in a shared
            // 第…条 the first number starts at 第 and the last one ends at 条 (and its 款/项).
            var start = isFirst ? element.Span.Start : numeral.Span.Start;
            var end = isLast ? element.Span.End : numeral.Span.End;
            var span = new TextSpan(start, end);
            var wellFormed = numeral.WellFormed;
            if (joinedBy == NumberSeparator.Range)
                wellFormed &= AddRange(references, state, article, span);

            // 款 and 项 written after a shared 第…条 belong to its last number only.
            if (isLast)
            {
                AddWithParts(references, ArticleReferenceKind.Article, article, span, element.Paragraphs, element.Items, wellFormed, null, joinedBy == NumberSeparator.Range);
            }
            else
            {
                references.Add(new ArticleReferenceSyntax(ArticleReferenceKind.Article, span, article, null, null, wellFormed) { InRange = joinedBy == NumberSeparator.Range });
            }

            state.LastArticle = article;
            state.LastParagraph = element.Paragraphs is { } p ? p.Numerals[^1].Numeral.Value : null;
            state.LastItem = element.Items is { } i ? i.Numerals[^1].Numeral.Value : null;
            state.LastKind = ArticleReferenceKind.Article;
            state.LastSpan = span;
        }
    }

    // The articles strictly between the previous one and this one, each spanning the whole range.
    private static bool AddRange(List<ArticleReferenceSyntax> references, ExpansionState state, ArticleNumber last, TextSpan span)
    {
        if (state.LastArticle is not { } first)
            return false;
        // 第二百一十三条至第二百一十九条之一 runs through 第二百一十九条 to its 之一.
        var through = last.Sub == 0 ? last.Number - 1 : last.Number;
        if (through < first.Number || last.Number - first.Number > MaxRangeLength || first.Sub != 0)
            return false;
        var rangeSpan = new TextSpan(state.LastSpan.Start, span.End);
        for (var number = first.Number + 1; number <= through; number++)
            references.Add(new ArticleReferenceSyntax(ArticleReferenceKind.Article, rangeSpan, new ArticleNumber(number, 0), null, null, true) { InRange = true });
        return true;
    }

    // A bare 第二款 / 第三项 / 本条 / 前款: inherits the article (and 款) before it within the same list, and after
    // 至 fills in the 款 or 项 in between (前款第三项至第五项).
    private static void AddParts(
        List<ArticleReferenceSyntax> references, ref ExpansionState state, NumberSeparator separator, ArticleElement element)
    {
        var kind = element.Kind;
        var article = state.LastArticle;
        if (kind == ArticleReferenceKind.Part && references.Count > 0)
            kind = article is not null ? ArticleReferenceKind.Article : state.LastKind; // 本条第一款、第二款
        var wellFormed = true;
        var paragraphs = Values(element.Paragraphs, ref wellFormed);
        var items = Values(element.Items, ref wellFormed);
        if (separator == NumberSeparator.Range)
        {
            if (items is not null && state.LastItem is { } lastItem)
                FillRange(items, lastItem);
            else if (paragraphs is not null && items is null && state.LastParagraph is { } lastParagraph)
                FillRange(paragraphs, lastParagraph);
        }

        var inherited = paragraphs is null ? state.LastParagraph : null;
        foreach (var paragraph in paragraphs ?? [inherited])
        {
            foreach (var item in items ?? [null])
                references.Add(new ArticleReferenceSyntax(kind, element.Span, article, paragraph, item, wellFormed));
        }

        state.LastKind = kind;
        if (paragraphs is not null)
            state.LastParagraph = paragraphs[^1];
        state.LastItem = items?[^1];
    }

    private static void FillRange(List<int?> values, int from)
    {
        if (values[0] is not { } to || to <= from || to - from > MaxRangeLength)
            return;
        for (var value = to - 1; value > from; value--)
            values.Insert(0, value);
    }

    private static void AddWithParts(
        List<ArticleReferenceSyntax> references,
        ArticleReferenceKind kind,
        ArticleNumber? article,
        TextSpan span,
        NumberList? paragraphs,
        NumberList? items,
        bool wellFormed,
        int? inheritedParagraph,
        bool inRange = false)
    {
        var paragraphValues = Values(paragraphs, ref wellFormed);
        var itemValues = Values(items, ref wellFormed);
        foreach (var paragraph in paragraphValues ?? [inheritedParagraph])
        {
            foreach (var item in itemValues ?? [null])
                references.Add(new ArticleReferenceSyntax(kind, span, article, paragraph, item, wellFormed) { InRange = inRange });
        }
    }

    // The numbers of a 款 or 项 list, ranges expanded (第一至三项).
    private static List<int?>? Values(NumberList? list, ref bool wellFormed)
    {
        if (list is null)
            return null;
        var values = new List<int?>();
        var previous = 0;
        foreach (var (separator, numeral) in list.Numerals)
        {
            wellFormed &= numeral.WellFormed;
            if (separator == NumberSeparator.Range && numeral.Value > previous && numeral.Value - previous <= MaxRangeLength)
            {
                for (var value = previous + 1; value < numeral.Value; value++)
                    values.Add(value);
            }

            values.Add(numeral.Value);
            previous = numeral.Value;
        }

        return values;
    }
}
