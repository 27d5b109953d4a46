namespace CitationLint.Syntax;

/// <summary>How a law is named in a citation.</summary>
public enum LawNameKind
{
    /// <summary>Between book-title marks: 《民法典》.</summary>
    Titled,

    /// <summary>A known name or abbreviation without marks: 民事诉讼法, 民诉法.</summary>
    Unmarked,

    /// <summary>The law the surrounding text is about: 本法, 本条例, 本解释 (inside a quote: the quoted law).</summary>
    This,

    /// <summary>A law named earlier: 该法, 同法.</summary>
    Antecedent,

    /// <summary>
    /// Another country's law or an international instrument: 《德国民法典》, 法国民法典, 《世界人权宣言》. Recognised, so it
    /// is never taken for a misspelt Chinese law, but not checked: the table holds Chinese law only.
    /// </summary>
    Foreign,
}

/// <summary>The version a citation pins or hints at, as written.</summary>
/// <param name="Text">The qualifier as written: 2017年修正, 旧, 原.</param>
/// <param name="Year">The year it names, when it names one.</param>
/// <param name="Span">Where it is written.</param>
public sealed record VersionQualifier(string Text, int? Year, TextSpan Span);

/// <summary>The law part of a citation.</summary>
/// <param name="Name">The name as written, without 《》 and without layout whitespace; 本法/该法 for relative names.</param>
/// <param name="Kind">How it is written.</param>
/// <param name="Span">The name with its marks.</param>
/// <param name="Version">A version qualifier before or after the name.</param>
/// <param name="DefinedAlias">An abbreviation the text defines for it: （以下简称《侵权责任法》）.</param>
public sealed record LawNameSyntax(string Name, LawNameKind Kind, TextSpan Span, VersionQualifier? Version, string? DefinedAlias)
{
    /// <summary>
    /// A 《》 title that does not end like a statute's (《民法点》, 《劳动合同法实施条列》), read only because an article
    /// follows it: a citation when the statute table knows the name as written or misspelt, and dropped otherwise
    /// (《租赁合同》第六条 is a contract's clause).
    /// </summary>
    public bool Unconfirmed { get; init; }
}

/// <summary>An article number with its 之一/之二 suffix: 第二百九十三条之一 is (293, 1).</summary>
public readonly record struct ArticleNumber(int Number, int Sub)
{
    /// <summary>Arabic digits, 之一 as "-1": "293-1".</summary>
    public override string ToString() => Sub == 0 ? Number.ToString() : Number + "-" + Sub;

    /// <summary>As statutes write it: 第一千零三十二条, 第二百九十三条之一.</summary>
    public string ToLabel() => "第" + ChineseNumeral.Format(Number) + "条" + (Sub > 0 ? "之" + ChineseNumeral.Format(Sub) : "");
}

/// <summary>What an article reference points at when it carries no article number of its own.</summary>
public enum ArticleReferenceKind
{
    /// <summary>第N条, with 款/项 when given.</summary>
    Article,

    /// <summary>A bare 第N款 or 第N项: a part of the article cited just before.</summary>
    Part,

    /// <summary>本条: the article the text is in.</summary>
    ThisArticle,

    /// <summary>前款: the paragraph before the one the text is in.</summary>
    PrecedingParagraph,
}

/// <summary>One article (款, 项) a citation refers to; lists and ranges give one each.</summary>
/// <param name="Kind">Numbered article, or a relative part.</param>
/// <param name="Span">The text of this reference (for a range's inner articles, the whole range).</param>
/// <param name="Article">The article number; null for 本条/前款/bare parts.</param>
/// <param name="Paragraph">The 款, when cited.</param>
/// <param name="Item">The 项, when cited.</param>
/// <param name="WellFormed">False when a numeral or the structure is ill-formed (第十十条).</param>
public sealed record ArticleReferenceSyntax(
    ArticleReferenceKind Kind,
    TextSpan Span,
    ArticleNumber? Article,
    int? Paragraph,
    int? Item,
    bool WellFormed)
{
    /// <summary>True for the articles a range reaches past its first (第十一条 and 第十二条 of 第十条至第十二条).</summary>
    public bool InRange { get; init; }
}

/// <summary>How a quote is attached to its citation.</summary>
public enum QuoteStyle
{
    /// <summary>Between quotation marks: “……”, 「……」.</summary>
    Marked,

    /// <summary>The rest of the line after a colon.</summary>
    RestOfLine,

    /// <summary>The next paragraph (or quote block) after a line ending with the citation or a colon.</summary>
    NextParagraph,

    /// <summary>
    /// Statute text pasted after the citation without marks or colon, in the statute's own layout: 第二十七条 当事人有…,
    /// 《劳动合同法》第八十七条 用人单位违反本法规定…
    /// </summary>
    Implicit,
}

/// <summary>Text quoted with a citation.</summary>
public sealed record QuoteSyntax
{
    private readonly string? _source;
    private string? _text;

    /// <summary>A quote with its words.</summary>
    public QuoteSyntax(string Text, TextSpan Span, QuoteStyle Style)
    {
        _text = Text;
        this.Span = Span;
        this.Style = Style;
    }

    // The words are cut from the document when first asked for: most of a statute text's article headings carry a
    // body that is never compared (80,000 of them in ../shared/statutes-src).
    internal QuoteSyntax(string source, TextSpan span, QuoteStyle style, bool cutWhenAsked)
    {
        _source = cutWhenAsked ? source : null;
        _text = cutWhenAsked ? null : source.Substring(span.Start, span.Length);
        Span = span;
        Style = style;
    }

    /// <summary>The quoted words, without the quotation marks or quote-block markers.</summary>
    public string Text => _text ??= _source!.Substring(Span.Start, Span.Length);

    /// <summary>The quoted words in the document (for a marked quote, inside the marks).</summary>
    public TextSpan Span { get; init; }

    /// <summary>How it is attached.</summary>
    public QuoteStyle Style { get; init; }

    /// <summary>Equal quotes have the same words, place and style, whether or not the words were cut yet.</summary>
    public bool Equals(QuoteSyntax? other) =>
        other is not null && Span == other.Span && Style == other.Style && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Span, Style);
}

/// <summary>
/// One citation as written: a law name, the articles cited from it, and the quote that follows; or a law-level
/// mention (no articles); or a relative or bare reference (no law name, or 本法/该法).
/// </summary>
/// <param name="Span">From the start of the law name (or first article) to the end of the last article.</param>
/// <param name="Law">The law part, or null for bare references (第三条, 前款, 本条).</param>
/// <param name="Articles">The references, lists and ranges expanded; empty for a law-level mention.</param>
/// <param name="Quote">The quoted text that follows, if any.</param>
public sealed record CitationSyntax(TextSpan Span, LawNameSyntax? Law, IReadOnlyList<ArticleReferenceSyntax> Articles, QuoteSyntax? Quote)
{
    /// <summary>
    /// The statute text the citation speaks for, where 本法 means its law and 本条/前款 its article: its quote, or, for an
    /// article heading laid out as the statute lays it out (第一条 … at the start of a line), every line up to the
    /// next article heading or caption. Null when it has neither.
    /// </summary>
    public TextSpan? Body { get; init; }
}
