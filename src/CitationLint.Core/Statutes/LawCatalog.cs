using System.Globalization;
using System.Text;

namespace CitationLint.Statutes;

/// <summary>A law (or regulation, judicial interpretation, …) in the catalog.</summary>
/// <param name="Id">Its folder under statutes/laws: the short title, shortened with a hash when very long.</param>
/// <param name="Title">The official title: 中华人民共和国民法典.</param>
/// <param name="ShortTitle">The title without 中华人民共和国: 民法典.</param>
/// <param name="Level">法律, 行政法规, 司法解释, 部门规章, …</param>
/// <param name="Repealed">When it was repealed, if it was.</param>
/// <param name="Successor">The official title of the law that replaced it.</param>
/// <param name="Aliases">Informal names and abbreviations.</param>
/// <param name="NameOnly">True for a document listed by name whose text the table lacks.</param>
public sealed record LawEntry(
    string Id, string Title, string ShortTitle, string Level, DateOnly? Repealed, string? Successor, IReadOnlyList<string> Aliases, bool NameOnly);

/// <summary>One version of a law.</summary>
/// <param name="LawId">The law.</param>
/// <param name="Date">The version date (adoption or latest revision).</param>
/// <param name="Kind">制定, 修正 or 修订.</param>
/// <param name="Effective">When it took effect.</param>
/// <param name="EffectiveSource">Where that date comes from (the reviewed table, the text's 施行 clause, or the fallback).</param>
/// <param name="ArticleCount">Its number of articles (之一 articles included).</param>
/// <param name="Source">The source text it was imported from.</param>
public sealed record LawVersion(string LawId, DateOnly Date, string Kind, DateOnly Effective, string EffectiveSource, int ArticleCount, string Source)
{
    /// <summary>statutes/laws/{LawId}/{Date}.md, relative to statutes/.</summary>
    public string File => $"laws/{LawId}/{Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.md";
}

/// <summary>
/// The catalog files statutes/catalog/laws.tsv and versions.tsv: what laws the table holds, their names, levels,
/// repeal and successor, and every version with its dates.
/// </summary>
public static class LawCatalog
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>Writes laws.tsv.</summary>
    public static string WriteLaws(IEnumerable<LawEntry> laws)
    {
        var text = new StringBuilder("# id\ttitle\tshort title\tlevel\trepealed\tsuccessor\taliases\tname only\n");
        foreach (var law in laws)
        {
            text.Append(law.Id).Append('\t').Append(law.Title).Append('\t').Append(law.ShortTitle).Append('\t').Append(law.Level).Append('\t')
                .Append(law.Repealed?.ToString(DateFormat, CultureInfo.InvariantCulture)).Append('\t').Append(law.Successor).Append('\t')
                .Append(string.Join("、", law.Aliases)).Append('\t').Append(law.NameOnly ? "yes" : "").Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Writes versions.tsv.</summary>
    public static string WriteVersions(IEnumerable<LawVersion> versions)
    {
        var text = new StringBuilder("# law id\tversion\tkind\teffective\teffective source\tarticles\tsource\n");
        foreach (var v in versions)
        {
            text.Append(v.LawId).Append('\t').Append(v.Date.ToString(DateFormat, CultureInfo.InvariantCulture)).Append('\t').Append(v.Kind).Append('\t')
                .Append(v.Effective.ToString(DateFormat, CultureInfo.InvariantCulture)).Append('\t').Append(v.EffectiveSource).Append('\t')
                .Append(v.ArticleCount).Append('\t').Append(v.Source).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Reads laws.tsv.</summary>
    public static List<LawEntry> ReadLaws(string text)
    {
        var laws = new List<LawEntry>();
        foreach (var columns in Rows(text, 8))
        {
            laws.Add(new LawEntry(
                columns[0], columns[1], columns[2], columns[3], OptionalDate(columns[4]), columns[5].Length == 0 ? null : columns[5],
                columns[6].Length == 0 ? [] : columns[6].Split('、'), columns[7] == "yes"));
        }

        return laws;
    }

    /// <summary>Reads versions.tsv.</summary>
    public static List<LawVersion> ReadVersions(string text)
    {
        var versions = new List<LawVersion>();
        foreach (var columns in Rows(text, 7))
        {
            versions.Add(new LawVersion(
                columns[0], Date(columns[1]), columns[2], Date(columns[3]), columns[4],
                int.Parse(columns[5], CultureInfo.InvariantCulture), columns[6]));
        }

        return versions;
    }

    /// <summary>The data rows of a TSV file: comment lines skipped, each row split and checked for its width.</summary>
    public static IEnumerable<string[]> Rows(string text, int columns)
    {
        ArgumentNullException.ThrowIfNull(text);
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
                continue;
            var cells = line.TrimEnd('\r').Split('\t');
            if (cells.Length < columns)
                throw new FormatException($"line {number}: expected {columns} tab-separated columns, found {cells.Length}");
            yield return cells;
        }
    }

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);

    private static DateOnly? OptionalDate(string text) => text.Length == 0 ? null : Date(text);
}
