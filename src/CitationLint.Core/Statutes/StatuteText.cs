using CitationLint.Syntax;

namespace CitationLint.Statutes;

/// <summary>A 款 (paragraph) of an article: its text and the 项 (items) listed under it.</summary>
/// <param name="Text">The paragraph's own text (for a paragraph that only introduces items, up to the colon).</param>
/// <param name="Items">The items （一）（二）… under it, each with its marker.</param>
public sealed record StatuteParagraph(string Text, IReadOnlyList<string> Items);

/// <summary>One article of one version of a law.</summary>
/// <param name="Number">第N条, with 之一 as Sub.</param>
/// <param name="Paragraphs">Its 款, in order; the first holds the text after the article number.</param>
/// <param name="Heading">The 编/章/节 headings above it, joined with " / ".</param>
public sealed record StatuteArticle(ArticleNumber Number, IReadOnlyList<StatuteParagraph> Paragraphs, string Heading)
{
    /// <summary>第一千零三十二条, 第二百九十三条之一.</summary>
    public string Label => Number.ToLabel();

    /// <summary>The whole article as one text: paragraphs and items joined by line breaks.</summary>
    public string Text
    {
        get
        {
            var lines = new List<string>();
            foreach (var paragraph in Paragraphs)
            {
                lines.Add(paragraph.Text);
                lines.AddRange(paragraph.Items);
            }

            return string.Join("\n", lines);
        }
    }
}

/// <summary>The text of one version of a law, as imported.</summary>
/// <param name="Title">The official title: 中华人民共和国民法典.</param>
/// <param name="Date">The version date: the latest 通过/修正/修订 date.</param>
/// <param name="History">The header lines: adoption and each revision, as written.</param>
/// <param name="Articles">The articles in number order.</param>
/// <param name="Source">Where the text came from (a path under statutes-src).</param>
public sealed record StatuteText(string Title, DateOnly Date, IReadOnlyList<string> History, IReadOnlyList<StatuteArticle> Articles, string Source);
