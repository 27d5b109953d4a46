using System.Globalization;

namespace CitationLint.Statutes.Import;

/// <summary>
/// The hand-reviewed tables in statutes/reviewed that the sources cannot supply: aliases, repeals and successors,
/// documents known by name only, and dates of effect of 修正 versions.
/// </summary>
internal sealed class ReviewedData
{
    public sealed record Repeal(DateOnly Date, string? Successor);

    public sealed record NameOnlyDocument(string Title, string Level, IReadOnlyList<string> Aliases);

    public sealed record EffectiveDate(DateOnly Effective, string Confidence, string Evidence);

    private readonly Dictionary<string, List<string>> _aliases = new(StringComparer.Ordinal);

    public Dictionary<string, Repeal> Repeals { get; } = new(StringComparer.Ordinal);

    public List<NameOnlyDocument> NameOnly { get; } = [];

    /// <summary>Keyed by (short title, version date).</summary>
    public Dictionary<(string Law, DateOnly Version), EffectiveDate> EffectiveDates { get; } = [];

    public static ReviewedData Read(string folder)
    {
        var data = new ReviewedData();
        foreach (var row in Rows(folder, "aliases.tsv", 2))
        {
            if (!data._aliases.TryGetValue(row[1], out var list))
                data._aliases[row[1]] = list = [];
            list.Add(row[0]);
        }

        foreach (var row in Rows(folder, "repeals.tsv", 3))
            data.Repeals[row[0]] = new Repeal(Date(row[1]), row[2].Length == 0 ? null : row[2]); // no successor: repealed outright
        foreach (var row in Rows(folder, "name-only.tsv", 5))
            data.NameOnly.Add(new NameOnlyDocument(row[0], row[1], row[4].Length == 0 ? [] : row[4].Split('、')));
        foreach (var row in Rows(folder, "effective-dates.tsv", 7))
            data.EffectiveDates[(row[0], Date(row[1]))] = new EffectiveDate(Date(row[3]), row[4], row[6]);
        return data;
    }

    public IReadOnlyList<string> AliasesOf(string title) => _aliases.TryGetValue(title, out var list) ? list : [];

    /// <summary>Rows that name a law the sources do not hold: worth a look after every import.</summary>
    public IEnumerable<string> CheckAgainst(IEnumerable<string> titles)
    {
        var known = new HashSet<string>(titles, StringComparer.Ordinal);
        foreach (var title in _aliases.Keys.Where(t => !known.Contains(t)))
            yield return $"aliases.tsv names {title}, which is not in the catalog";
        foreach (var (title, repeal) in Repeals)
        {
            if (!known.Contains(title))
                yield return $"repeals.tsv names {title}, which is not in the catalog";
            if (repeal.Successor is not null && !known.Contains(repeal.Successor))
                yield return $"repeals.tsv names the successor {repeal.Successor}, which is not in the catalog";
        }

        var shortTitles = new HashSet<string>(known.Select(StatuteImporter.ShortTitle), StringComparer.Ordinal);
        foreach (var (law, version) in EffectiveDates.Keys.Where(k => !shortTitles.Contains(k.Law)))
            yield return $"effective-dates.tsv names {law} ({version:yyyy-MM-dd}), which is not in the catalog";
    }

    private static List<string[]> Rows(string folder, string file, int columns)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
            return [];
        try
        {
            return LawCatalog.Rows(File.ReadAllText(path), columns).ToList();
        }
        catch (FormatException e)
        {
            throw new FormatException($"{path}: {e.Message}", e);
        }
    }

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
