using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using CitationLint.Syntax;

namespace CitationLint.Statutes.Table;

/// <summary>
/// Compiles statutes/ (catalog, one file per law version, renumbering maps) into the compact binary table that is
/// embedded in CitationLint.Core at build time. Layout (little-endian int32 records, then a string table and a
/// text pool; identical article texts are stored once):
/// header · laws · aliases · versions · articles · number slots · string offsets · string bytes · text bytes ·
/// quote index (built from the table itself, see <see cref="QuoteIndex.Write"/>) · name matcher (likewise, see
/// <see cref="LawNameMatcher.Write"/>) · name keys (<see cref="StatuteTable.NameKeyArrays"/>).
/// </summary>
public static class StatuteTableWriter
{
    /// <summary>Reads statutes/ and writes the binary table to <paramref name="output"/>.</summary>
    public static void Compile(string statutesRoot, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var catalog = Path.Combine(statutesRoot, "catalog");
        var laws = LawCatalog.ReadLaws(File.ReadAllText(Path.Combine(catalog, "laws.tsv")));
        var versions = LawCatalog.ReadVersions(File.ReadAllText(Path.Combine(catalog, "versions.tsv")));
        var strings = new StringTable();
        var texts = new TextPool();
        var lawIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var titleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < laws.Count; i++)
        {
            lawIndex[laws[i].Id] = i;
            titleIndex[laws[i].Title] = i;
        }

        var versionsByLaw = versions.GroupBy(v => v.LawId).ToDictionary(g => g.Key, g => g.OrderBy(v => v.Date).ToList(), StringComparer.Ordinal);
        var lawRecords = new List<int>();
        var aliasRecords = new List<int>();
        var versionRecords = new List<int>();
        var articleRecords = new List<int>();
        var slots = new List<int>();

        // First pass: every version's articles, so maps can point at global article indexes.
        var versionArticles = new List<(LawVersion Version, StatuteText Text, int FirstArticle)>();
        var articleCount = 0;
        foreach (var law in laws)
        {
            foreach (var version in versionsByLaw.GetValueOrDefault(law.Id) ?? [])
            {
                var text = StatuteFileFormat.Read(File.ReadAllText(Path.Combine(statutesRoot, version.File)), version.File);
                versionArticles.Add((version, text, articleCount));
                articleCount += text.Articles.Count;
            }
        }

        var globalIndex = new Dictionary<(string Law, DateOnly Version, ArticleNumber Number), int>();
        foreach (var (version, text, first) in versionArticles)
        {
            for (var a = 0; a < text.Articles.Count; a++)
                globalIndex.TryAdd((version.LawId, version.Date, text.Articles[a].Number), first + a);
        }

        var next = ReadMaps(statutesRoot, laws, versionsByLaw, globalIndex);
        var revisionDates = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (version, text, _) in versionArticles)
            revisionDates[version.LawId] = RevisionDates(text.History); // the latest version's history lists every revision
        var versionCursor = 0;
        foreach (var law in laws)
        {
            var own = versionsByLaw.GetValueOrDefault(law.Id) ?? [];
            lawRecords.AddRange([
                strings.Add(law.Title), strings.Add(law.ShortTitle), strings.Add(law.Level), Day(law.Repealed),
                law.Successor is { } s && titleIndex.TryGetValue(s, out var successor) ? successor : -1,
                aliasRecords.Count, law.Aliases.Count, law.NameOnly ? 1 : 0, versionCursor, own.Count,
                strings.Add(revisionDates.GetValueOrDefault(law.Id, ""))]);
            foreach (var alias in law.Aliases)
                aliasRecords.Add(strings.Add(alias));
            versionCursor += own.Count;
        }

        // Each article's predecessor (the last article of the previous version whose next it is) and version, stored
        // so that loading the table walks no article.
        var previous = Enumerable.Repeat(-1, articleCount).ToArray();
        for (var a = 0; a < articleCount; a++)
        {
            if (next.TryGetValue(a, out var map) && map.Next >= 0)
                previous[map.Next] = a;
        }

        for (var v = 0; v < versionArticles.Count; v++)
        {
            var (version, text, first) = versionArticles[v];
            var maxNumber = text.Articles.Count == 0 ? 0 : text.Articles.Max(a => a.Number.Number);
            versionRecords.AddRange([
                lawIndex[version.LawId], Day(version.Date), strings.Add(version.Kind), Day(version.Effective), strings.Add(version.EffectiveSource),
                first, text.Articles.Count, strings.Add(version.Source), slots.Count, maxNumber]);
            var versionSlots = Enumerable.Repeat(-1, maxNumber + 1).ToArray();
            for (var a = 0; a < text.Articles.Count; a++)
            {
                var article = text.Articles[a];
                if (article.Number.Sub == 0 || versionSlots[article.Number.Number] < 0)
                    versionSlots[article.Number.Number] = first + a;
                var (textStart, textLength) = texts.Add(article.Text);
                var (nextArticle, status, similarity, successorArticle) = next.GetValueOrDefault(first + a, (-1, 0, 0, -1));
                articleRecords.AddRange([
                    article.Number.Number, article.Number.Sub, textStart, textLength, strings.Add(article.Heading),
                    nextArticle, status, similarity, successorArticle, previous[first + a], v]);
            }

            slots.AddRange(versionSlots);
        }

        var header = new[]
        {
            StatuteTableFormat.Magic, StatuteTableFormat.Version, laws.Count, aliasRecords.Count, versionRecords.Count / StatuteTableFormat.VersionFields, articleRecords.Count / StatuteTableFormat.ArticleFields,
            slots.Count, strings.Count, strings.ByteCount, texts.ByteCount, 0, 0, 0,
        };
        using var table = new MemoryStream();
        using (var writer = new BinaryWriter(table, Encoding.UTF8, leaveOpen: true))
            WriteTable(writer, header, [lawRecords.ToArray(), aliasRecords.ToArray(), versionRecords.ToArray(), articleRecords.ToArray(), slots.ToArray(), strings.Offsets()], strings, texts);

        // The quote index, the name matcher and the name keys are built from the table just written and appended;
        // their lengths go in the header.
        table.Position = 0;
        var written = StatuteTable.Load(table);
        using var index = new MemoryStream();
        using (var writer = new BinaryWriter(index, Encoding.UTF8, leaveOpen: true))
            QuoteIndex.Build(written).Write(writer);
        using var matcher = new MemoryStream();
        using (var writer = new BinaryWriter(matcher, Encoding.UTF8, leaveOpen: true))
            LawNameMatcher.Build(written).Write(writer);
        using var keys = new MemoryStream();
        using (var writer = new BinaryWriter(keys, Encoding.UTF8, leaveOpen: true))
            Int32ArraySection.Write(writer, StatuteTable.NameKeyArrays(written));
        var bytes = table.ToArray();
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(10 * 4), checked((int)index.Length));
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(11 * 4), checked((int)matcher.Length));
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(12 * 4), checked((int)keys.Length));
        output.Write(bytes);
        index.Position = 0;
        index.CopyTo(output);
        matcher.Position = 0;
        matcher.CopyTo(output);
        keys.Position = 0;
        keys.CopyTo(output);
    }

    private static void WriteTable(BinaryWriter writer, int[] header, int[][] blocks, StringTable strings, TextPool texts)
    {
        foreach (var block in (int[][])[header, .. blocks])
        {
            var bytes = new byte[block.Length * 4];
            for (var i = 0; i < block.Length; i++)
                BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i * 4), block[i]);
            writer.Write(bytes);
        }

        writer.Write(strings.Bytes());
        writer.Write(texts.Bytes());
    }

    // The maps, as (article → next version's article, status, similarity ‰) and (article → successor's article).
    private static Dictionary<int, (int Next, int Status, int Similarity, int Successor)> ReadMaps(
        string statutesRoot,
        List<LawEntry> laws,
        Dictionary<string, List<LawVersion>> versionsByLaw,
        Dictionary<(string Law, DateOnly Version, ArticleNumber Number), int> globalIndex)
    {
        var result = new Dictionary<int, (int Next, int Status, int Similarity, int Successor)>();
        var byTitle = laws.ToDictionary(l => l.Title, StringComparer.Ordinal);
        foreach (var law in laws)
        {
            if (!versionsByLaw.TryGetValue(law.Id, out var own))
                continue;
            for (var i = 1; i < own.Count; i++)
            {
                var path = Path.Combine(statutesRoot, "maps", law.Id, $"{Date(own[i - 1].Date)}_to_{Date(own[i].Date)}.tsv");
                foreach (var row in MapRows(path))
                {
                    if (row.Old is not { } old || !globalIndex.TryGetValue((law.Id, own[i - 1].Date, old), out var from))
                        continue;
                    var to = row.New is { } n && globalIndex.TryGetValue((law.Id, own[i].Date, n), out var t) ? t : -1;
                    var existing = result.GetValueOrDefault(from, (-1, 0, 0, -1));
                    result[from] = (to, row.Status, row.Similarity, existing.Item4);
                }
            }

            if (law.Successor is null || !byTitle.TryGetValue(law.Successor, out var successor) || !versionsByLaw.TryGetValue(successor.Id, out var next))
                continue;
            foreach (var row in MapRows(Path.Combine(statutesRoot, "maps", law.Id, "successor.tsv")))
            {
                if (row.Old is not { } old || !globalIndex.TryGetValue((law.Id, own[^1].Date, old), out var from))
                    continue;
                if (row.New is { } n && globalIndex.TryGetValue((successor.Id, next[0].Date, n), out var to))
                {
                    var existing = result.GetValueOrDefault(from, (-1, 0, 0, -1));
                    result[from] = (existing.Item1, existing.Item2, existing.Item3, to);
                }
            }
        }

        return result;
    }

    private static IEnumerable<(ArticleNumber? Old, ArticleNumber? New, int Status, int Similarity)> MapRows(string path)
    {
        if (!File.Exists(path))
            yield break;
        foreach (var row in LawCatalog.Rows(File.ReadAllText(path), 4))
        {
            var status = row[2] switch { "unchanged" => 1, "renumbered" => 2, "modified" => 3, "removed" => 4, "added" => 5, _ => 0 };
            yield return (StatuteFileFormat.ParseLabel(row[0]), StatuteFileFormat.ParseLabel(row[1]), status,
                (int)Math.Round(double.Parse(row[3], CultureInfo.InvariantCulture) * 1000));
        }
    }

    // The dates in a version's header lines (通过, 修正, 修订), as yyyy-MM-dd joined by commas.
    private static string RevisionDates(IReadOnlyList<string> history)
    {
        var dates = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var line in history)
        {
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(line, @"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"))
            {
                if (int.TryParse(m.Groups[1].Value, CultureInfo.InvariantCulture, out var y) && int.TryParse(m.Groups[2].Value, CultureInfo.InvariantCulture, out var mo)
                    && int.TryParse(m.Groups[3].Value, CultureInfo.InvariantCulture, out var d) && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo))
                    dates.Add(new DateOnly(y, mo, d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }

        return string.Join(',', dates);
    }

    private static int Day(DateOnly? date) => date?.DayNumber ?? -1;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed class StringTable
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<string> _strings = [];

        public int Count => _strings.Count;

        public int ByteCount => _strings.Sum(s => Encoding.UTF8.GetByteCount(s));

        public int Add(string value)
        {
            if (!_index.TryGetValue(value, out var index))
            {
                index = _strings.Count;
                _strings.Add(value);
                _index.Add(value, index);
            }

            return index;
        }

        public int[] Offsets()
        {
            var offsets = new int[_strings.Count + 1];
            for (var i = 0; i < _strings.Count; i++)
                offsets[i + 1] = offsets[i] + Encoding.UTF8.GetByteCount(_strings[i]);
            return offsets;
        }

        public byte[] Bytes() => Encoding.UTF8.GetBytes(string.Concat(_strings));
    }

    private sealed class TextPool
    {
        private readonly Dictionary<string, (int Start, int Length)> _index = new(StringComparer.Ordinal);
        private readonly ArrayBufferWriter<byte> _bytes = new();

        public int ByteCount => _bytes.WrittenCount;

        public (int Start, int Length) Add(string text)
        {
            if (_index.TryGetValue(text, out var found))
                return found;
            var bytes = Encoding.UTF8.GetBytes(text);
            var entry = (_bytes.WrittenCount, bytes.Length);
            _bytes.Write(bytes);
            _index.Add(text, entry);
            return entry;
        }

        public byte[] Bytes() => _bytes.WrittenSpan.ToArray();
    }
}
