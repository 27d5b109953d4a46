using System.Text;
using CitationLint.Analysis;

namespace CitationLint.Tests.Golden;

/// <summary>
/// A golden-file listing of a document's citations: position, text, law, article, 款, 项 and where the quote is.
/// It holds positions rather than quoted words so that goldens of other people's articles do not copy them.
/// </summary>
internal static class CitationListing
{
    public static string Format(AnalyzedDocument analyzed)
    {
        var document = analyzed.Document;
        var text = new StringBuilder("# position\ttext\tlaw as written\tofficial title\tversion\tarticle\tparagraph\titem\tquote position\n");
        foreach (var reference in analyzed.References)
        {
            text.Append(Position(document, reference.Span)).Append('\t')
                .Append(document.GetText(reference.Span).ReplaceLineEndings("⏎")).Append('\t')
                .Append(reference.LawName ?? "?").Append('\t')
                .Append(reference.Statute?.Title ?? "?").Append('\t')
                .Append(reference.Version?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-").Append('\t')
                .Append(reference.Article?.ToString()).Append('\t')
                .Append(reference.Paragraph).Append('\t')
                .Append(reference.Item).Append('\t')
                .Append(reference.Quote is { } quote ? Position(document, quote.Span) + " " + quote.Style : "-")
                .Append('\n');
        }

        return text.ToString();
    }

    private static string Position(CitationLint.Documents.SourceDocument document, CitationLint.Syntax.TextSpan span)
    {
        var start = document.GetPosition(span.Start);
        var end = document.GetPosition(span.End);
        return $"{start.Line}:{start.Column}-{end.Line}:{end.Column}";
    }
}
