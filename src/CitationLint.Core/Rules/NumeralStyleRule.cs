using CitationLint.Syntax;

namespace CitationLint.Rules;

/// <summary>CL0009: Arabic and Chinese article numerals mixed in one document; reports the minority style (opt-in).</summary>
public sealed class NumeralStyleRule : IRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "CL0009";

    /// <summary>CL0009 numeral-style: Style, off by default.</summary>
    public static RuleDescriptor Rule { get; } = new(Id, "numeral-style", RuleCategory.Style, DiagnosticSeverity.None);

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var arabic = new List<ArticleReferenceSyntax>();
        var chinese = new List<ArticleReferenceSyntax>();
        foreach (var citation in context.Document.Citations)
        {
            var articles = citation.Articles;
            for (var a = 0; a < articles.Count; a++) // by index: a foreach over the interface boxes an enumerator for every citation
            {
                var article = articles[a];
                if (article.Article is null)
                    continue;
                var text = context.Document.Document.Text.AsSpan(article.Span.Start, article.Span.Length);
                (ChineseNumeral.ContainsArabicDigit(text) ? arabic : chinese).Add(article);
            }
        }

        if (arabic.Count == 0 || chinese.Count == 0)
            return;
        var minority = arabic.Count <= chinese.Count ? arabic : chinese;
        var message = ReferenceEquals(minority, arabic) ? "CL0009_MessageArabic" : "CL0009_MessageChinese";
        foreach (var article in minority)
            context.Report(Descriptor, article.Span, null, new RuleMessage(message, context.TextOf(article.Span)));
    }
}
