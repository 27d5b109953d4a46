using CitationLint.Documents;

namespace CitationLint.Core.Tests.Syntax;

/// <summary>
/// The table-driven grammar tests: every row of Syntax/Cases/*.tsv is a real citation string (or a look-alike
/// that is not one) with the references it must yield. Format: Cases/README.md.
/// </summary>
public sealed class CitationCaseTests
{
    public static TheoryData<string, int, string, string, string, string, string> Cases()
    {
        var data = new TheoryData<string, int, string, string, string, string, string>();
        var folder = Path.Combine(AppContext.BaseDirectory, "Syntax", "Cases");
        foreach (var file in Directory.EnumerateFiles(folder, "*.tsv").Order(StringComparer.Ordinal))
        {
            var lineNumber = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNumber++;
                if (line.Length == 0 || line[0] == '#')
                    continue;
                var columns = line.Split('\t');
                Assert.True(columns.Length >= 5, $"{Path.GetFileName(file)}:{lineNumber}: expected 6 tab-separated columns");
                data.Add(Path.GetFileName(file), lineNumber, columns[0], columns[1], columns[2], columns[3], columns[4]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_YieldsExpectedReferences(string file, int line, string input, string law, string article, string paragraph, string item)
    {
        var document = DocumentReader.Read(file, input, DocumentFormat.PlainText);
        var actual = TestPipeline.Default.Analyze(document).References
            .Select(r => Format(r.LawName ?? "?", r.Article?.ToString(), r.Paragraph?.ToString(), r.Item?.ToString()))
            .ToList();
        var expected = Expected(law, article, paragraph, item);
        Assert.True(
            expected.SequenceEqual(actual),
            $"{file}:{line} {input}\n  expected: {string.Join(" ; ", expected)}\n  actual:   {string.Join(" ; ", actual)}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_SpansCoverTheirOwnText(string file, int line, string input, string law, string article, string paragraph, string item)
    {
        _ = (line, law, article, paragraph, item);
        var document = DocumentReader.Read(file, input, DocumentFormat.PlainText);
        foreach (var reference in TestPipeline.Default.Analyze(document).References)
        {
            var text = document.GetText(reference.Span);
            // Every reference's text starts at a law name, 第, 本/该/同/前 or a version prefix, and ends at 条/款/项/》,
            // or at its own number where several share one 第…条 (第1032、1033条).
            Assert.Matches("^(《|第|本|该|同|前|旧|新|原|现行|\\d|[\\u4e00-\\u9fff])", text);
            Assert.Matches("(条|條|款|项|目|》|之[一二三四五六七八九十]+|[0-9０-９〇零一二两三四五六七八九十百千])$", text);
        }
    }

    private static List<string> Expected(string law, string article, string paragraph, string item)
    {
        if (law == "-")
            return [];
        var laws = law.Split(';');
        var articles = article.Split(';');
        var paragraphs = paragraph.Split(';');
        var items = item.Split(';');
        var count = new[] { laws.Length, articles.Length, paragraphs.Length, items.Length }.Max();
        var expected = new List<string>(count);
        for (var i = 0; i < count; i++)
            expected.Add(Format(Pick(laws, i)!, Pick(articles, i), Pick(paragraphs, i), Pick(items, i)));
        return expected;
    }

    private static string? Pick(string[] values, int index)
    {
        var value = values.Length == 1 ? values[0] : values[index];
        return value.Length == 0 ? null : value;
    }

    private static string Format(string law, string? article, string? paragraph, string? item) =>
        $"{law}|{article ?? ""}|{paragraph ?? ""}|{item ?? ""}";
}
