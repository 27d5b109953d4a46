namespace CitationLint.Syntax;

// Intermediate values the grammar builds before ArticleExpansion turns them into ArticleReferenceSyntax.

/// <summary>A numeral as written, with its value and whether it is well formed.</summary>
internal readonly record struct Numeral(int Value, bool WellFormed, TextSpan Span)
{
    public static Numeral Read(string text, TextSpan span)
    {
        var wellFormed = ChineseNumeral.TryParse(text, out var value);
        return new Numeral(value, wellFormed, span);
    }
}

/// <summary>How one number or article is joined to the one before it.</summary>
internal enum NumberSeparator
{
    /// <summary>、 ， 和 及 与: the next one in a list.</summary>
    List,

    /// <summary>至 到 - ～: everything from the previous one up to the next.</summary>
    Range,
}

internal readonly record struct SeparatedNumeral(NumberSeparator Separator, Numeral Numeral);

/// <summary>The numbers sharing one 第…条, 第…款 or 第…项; the first one's separator is List.</summary>
internal sealed record NumberList(IReadOnlyList<SeparatedNumeral> Numerals)
{
    public static NumberList Create(Numeral first, IEnumerable<SeparatedNumeral> rest)
    {
        var all = new List<SeparatedNumeral> { new(NumberSeparator.List, first) };
        all.AddRange(rest);
        return new NumberList(all);
    }
}

/// <summary>第…条 with its numbers and the 之N suffix of the last one.</summary>
internal sealed record ArticleNumbers(NumberList Numbers, int InsertedSuffix, TextSpan Span);

/// <summary>One element of an article list: an article group with its 款 and 项, or a part of the previous one.</summary>
internal sealed record ArticleElement(
    ArticleReferenceKind Kind, TextSpan Span, ArticleNumbers? Articles, NumberList? Paragraphs, NumberList? Items);

internal readonly record struct SeparatedElement(NumberSeparator Separator, ArticleElement Element);

/// <summary>A parenthesised note after a law name: a version, an alias definition, or a document number.</summary>
internal sealed record LawTag(VersionQualifier? Version, string? Alias);
