using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using CitationLint.Statutes.Alignment;
using CitationLint.Statutes.Table;

namespace CitationLint.Statutes.Import;

/// <summary>What an import did: counts, the files it could not read, and the alignment figures.</summary>
public sealed record ImportReport(int SourceFiles, int Laws, int Versions, IReadOnlyList<string> Problems, IReadOnlyList<string> Skipped, string AlignmentReport);

/// <summary>
/// Turns ../shared/statutes-src into statutes/: one normalized file per law version (statutes/laws), the catalog
/// (statutes/catalog), the names the scanner recognises (statutes/law-names.tsv) and the renumbering maps
/// (statutes/maps), using the hand-reviewed tables in statutes/reviewed. Everything but statutes/reviewed and
/// statutes/README.md is regenerated; a file that cannot be read is reported by name and the import goes on.
/// </summary>
public static partial class StatuteImporter
{
    // PROVENANCE.md: newest and cleanest first. Folders not named here (later additions) come after, by name.
    private static readonly string[] Precedence = ["lawrefbook-upstream", "lawrefbook", "banditsmile-law", "chinese-laws-history"];


    /// <summary>Imports <paramref name="sourceRoot"/> into <paramref name="statutesRoot"/>.</summary>
    public static ImportReport Import(string sourceRoot, string statutesRoot, TextWriter progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        if (!Directory.Exists(sourceRoot))
            throw new DirectoryNotFoundException($"{sourceRoot}: no such folder");
        var problems = new List<string>();
        var skipped = new List<string>();
        var (texts, fileCount) = ReadSources(sourceRoot, problems, skipped, progress);
        var reviewed = ReviewedData.Read(Path.Combine(statutesRoot, "reviewed"));

        // Laws, keyed by title; a law's level is the category of its highest-precedence file.
        var laws = new Dictionary<string, LawEntry>(StringComparer.Ordinal);
        var versions = new List<(LawVersion Version, StatuteText Text)>();
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in texts.OrderBy(t => t.Text.Title, StringComparer.Ordinal).ThenBy(t => t.Text.Date))
        {
            var title = source.Text.Title;
            if (!laws.TryGetValue(title, out var law))
            {
                var shortTitle = ShortTitle(title);
                var repeal = reviewed.Repeals.GetValueOrDefault(title);
                law = new LawEntry(
                    UniqueId(shortTitle, usedIds), title, shortTitle, LevelOf(source.Category), repeal?.Date, repeal?.Successor,
                    reviewed.AliasesOf(title), NameOnly: false);
                laws.Add(title, law);
            }

            versions.Add((Version(law, source.Text, reviewed), source.Text));
        }

        foreach (var document in reviewed.NameOnly)
        {
            var repeal = reviewed.Repeals.GetValueOrDefault(document.Title);
            laws.TryAdd(document.Title, new LawEntry(
                UniqueId(document.Title, usedIds), document.Title, ShortTitle(document.Title), document.Level, repeal?.Date, repeal?.Successor, document.Aliases, NameOnly: true));
        }

        foreach (var problem in reviewed.CheckAgainst(laws.Keys))
            problems.Add("statutes/reviewed: " + problem);

        WriteTexts(statutesRoot, versions, progress);
        var catalog = Path.Combine(statutesRoot, "catalog");
        Directory.CreateDirectory(catalog);
        var orderedLaws = laws.Values.OrderBy(l => l.Id, StringComparer.Ordinal).ToList();
        File.WriteAllText(Path.Combine(catalog, "laws.tsv"), LawCatalog.WriteLaws(orderedLaws));
        File.WriteAllText(Path.Combine(catalog, "versions.tsv"), LawCatalog.WriteVersions(
            versions.Select(v => v.Version).OrderBy(v => v.LawId, StringComparer.Ordinal).ThenBy(v => v.Date)));
        File.WriteAllText(Path.Combine(statutesRoot, "law-names.tsv"), LawNames(orderedLaws));
        var alignment = RenumberingMaps.Write(statutesRoot, orderedLaws, versions, Path.Combine(sourceRoot, "correspondence"), progress);
        return new ImportReport(fileCount, laws.Count, versions.Count, problems, skipped, alignment);
    }

    private sealed record SourceText(StatuteText Text, string Folder, string Category);

    private static (List<SourceText> Texts, int Files) ReadSources(string sourceRoot, List<string> problems, List<string> skipped, TextWriter progress)
    {
        var folders = Directory.GetDirectories(sourceRoot)
            .Select(Path.GetFileName)
            .Where(f => f is not null && f != "correspondence" && !f.StartsWith('.'))
            .OrderBy(f => Array.IndexOf(Precedence, f) is var i and >= 0 ? i : Precedence.Length)
            .ThenBy(f => f, StringComparer.Ordinal)
            .ToList();
        var byVersion = new Dictionary<(string Title, DateOnly Date), SourceText>();
        var files = 0;
        foreach (var folder in folders)
        {
            var root = Path.Combine(sourceRoot, folder!);
            foreach (var path in Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(path);
                // Notes about the sources (PROVENANCE.md, README.md, WHTHOMAS-INVENTORY.md) are named without Chinese;
                // every statute text is named by its Chinese title.
                if (name is "_index.md" || !name.Any(c => c is >= '\u4e00' and <= '\u9fff'))
                    continue;
                var relative = Path.GetRelativePath(sourceRoot, path).Replace('\\', '/');
                if (new FileInfo(path).Length == 0)
                {
                    skipped.Add($"{relative}: empty file");
                    continue;
                }

                files++;
                StatuteText text;
                try
                {
                    text = StatuteSourceReader.Read(File.ReadAllText(path), relative, DateFromFileName(name));
                }
                catch (Exception e) when (e is FormatException or IOException or DecoderFallbackException)
                {
                    problems.Add($"{relative}: {e.Message}");
                    continue;
                }

                var category = Path.GetRelativePath(root, path).Replace('\\', '/').Split('/')[0];
                var key = (text.Title, text.Date);
                if (byVersion.TryGetValue(key, out var existing))
                {
                    // The parts of one code (民法典/总则.md, 物权编.md, …) share title and date within a folder;
                    // the same version in a lower-precedence folder is a duplicate.
                    if (existing.Folder == folder)
                        byVersion[key] = existing with { Text = Merge(existing.Text, text) };
                    continue;
                }

                byVersion.Add(key, new SourceText(text, folder!, category));
            }

            progress.WriteLine($"  read {folder}: {files} files so far");
        }

        return ([.. byVersion.Values], files);
    }

    private static StatuteText Merge(StatuteText a, StatuteText b)
    {
        var articles = a.Articles.Concat(b.Articles)
            .OrderBy(x => x.Number.Number).ThenBy(x => x.Number.Sub)
            .ToList();
        var history = a.History.Concat(b.History.Where(h => !a.History.Contains(h))).ToList();
        // The parts of a code live in one folder: name the folder.
        var folder = a.Source[..(a.Source.LastIndexOf('/') + 1)];
        return a with { Articles = articles, History = history, Source = folder + "*.md" };
    }

    private static LawVersion Version(LawEntry law, StatuteText text, ReviewedData reviewed)
    {
        var kind = KindOf(text);
        var (effective, source) = EffectiveDate(law, text, kind, reviewed);
        return new LawVersion(law.Id, text.Date, kind, effective, source, text.Articles.Count, text.Source);
    }

    // The latest header line says what this version is: 修订 (a revision, restating the law) or 修正 (amendments).
    private static string KindOf(StatuteText text)
    {
        string? latestLine = null;
        DateOnly latest = default;
        foreach (var (date, line) in StatuteSourceReader.HistoryDates(text.History))
        {
            if (!StatuteSourceReader.IsInForceLine(line) && date >= latest)
            {
                latest = date;
                latestLine = line;
            }
        }

        if (latestLine is null || text.History.Count <= 1)
            return "制定";
        if (latestLine.Contains("修订", StringComparison.Ordinal))
            return "修订";
        return latestLine.Contains("修正", StringComparison.Ordinal) || latestLine.Contains("修改", StringComparison.Ordinal)
            || latestLine.Contains("决定", StringComparison.Ordinal) || latestLine.Contains("修正案", StringComparison.Ordinal)
            ? "修正"
            : "制定";
    }

    private static (DateOnly Date, string Source) EffectiveDate(LawEntry law, StatuteText text, string kind, ReviewedData reviewed)
    {
        if (reviewed.EffectiveDates.TryGetValue((law.ShortTitle, text.Date), out var row))
            return (row.Effective, $"reviewed ({row.Confidence}): {row.Evidence}");
        foreach (var (date, line) in StatuteSourceReader.HistoryDates(text.History))
        {
            if (StatuteSourceReader.IsInForceLine(line))
                return (date, "header: " + line);
        }

        // A 修订 (or the original text) states its own date of effect in its last article; a 修正 keeps the
        // original clause, so its date is not in the text.
        if (kind != "修正" && text.Articles.Count > 0)
        {
            var last = text.Articles[^1].Text;
            var clause = InForceClause().Match(last);
            if (clause.Success && StatuteSourceReader.TryDate(StatuteSourceReader.DateText().Match(clause.Value), out var date) && date >= text.Date)
                return (date, "text: " + text.Articles[^1].Label);
            if (last.Contains("自公布之日起施行", StringComparison.Ordinal))
                return (text.Date, "text: " + text.Articles[^1].Label + " (自公布之日起施行: the version date)");
        }

        return (text.Date, "fallback: version date (no date of effect known)");
    }

    [GeneratedRegex(@"自[0-9０-９]{4}\s*年[0-9０-９]{1,2}\s*月[0-9０-９]{1,2}\s*日起施行")]
    private static partial Regex InForceClause();

    [GeneratedRegex(@"\((\d{4}-\d{2}-\d{2})\)\.md$")]
    private static partial Regex FileNameDate();

    private static DateOnly? DateFromFileName(string name)
    {
        var match = FileNameDate().Match(name);
        return match.Success && DateOnly.TryParseExact(match.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    /// <summary>The title without 中华人民共和国: 民法典.</summary>
    public static string ShortTitle(string title) =>
        title.StartsWith(StatuteTable.StatePrefix, StringComparison.Ordinal) && title.Length > StatuteTable.StatePrefix.Length + 1 ? title[StatuteTable.StatePrefix.Length..] : title;

    private static string LevelOf(string category) => category switch
    {
        "行政法规" => "行政法规",
        "司法解释" => "司法解释",
        "部门规章" => "部门规章",
        "法律解释" => "法律解释",
        _ => "法律",
    };

    // Folder names: the short title; very long titles (judicial interpretations) are cut and given a hash, so paths
    // stay well under Windows' 260 characters.
    private static string UniqueId(string shortTitle, HashSet<string> used)
    {
        var id = new string(shortTitle.Select(c => c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' || char.IsWhiteSpace(c) ? '_' : c).ToArray());
        if (id.Length > 40)
            id = id[..32] + "-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(shortTitle)))[..8];
        var unique = id;
        for (var n = 2; !used.Add(unique); n++)
            unique = id + "-" + n;
        return unique;
    }

    private static void WriteTexts(string statutesRoot, List<(LawVersion Version, StatuteText Text)> versions, TextWriter progress)
    {
        var laws = Path.Combine(statutesRoot, "laws");
        if (Directory.Exists(laws))
            Directory.Delete(laws, recursive: true);
        foreach (var (version, text) in versions)
        {
            var path = Path.Combine(statutesRoot, version.File);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, StatuteFileFormat.Write(text));
        }

        progress.WriteLine($"  wrote {versions.Count} law versions to {laws}");
    }

    // The names recognised without 《》: titles, short titles, titles without （试行）, aliases.
    private static string LawNames(IEnumerable<LawEntry> laws)
    {
        var names = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var law in laws)
        {
            names.TryAdd(law.Title, law.Title);
            names.TryAdd(law.ShortTitle, law.Title);
            foreach (var note in (string[])["（试行）", "（暂行）"])
            {
                if (law.ShortTitle.EndsWith(note, StringComparison.Ordinal))
                    names.TryAdd(law.ShortTitle[..^note.Length], law.Title);
            }

            foreach (var alias in law.Aliases)
                names.TryAdd(alias, law.Title);
        }

        var text = new StringBuilder("# name\tofficial title — generated by `citationlint statutes import` from the catalog; do not edit\n");
        foreach (var (name, title) in names)
        {
            if (name.Length >= 2)
                text.Append(name).Append('\t').Append(title).Append('\n');
        }

        return text.ToString();
    }
}
