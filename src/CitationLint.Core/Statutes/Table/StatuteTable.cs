using System.Buffers.Binary;
using System.Reflection;
using System.Text;
using CitationLint.Statutes.Alignment;
using CitationLint.Syntax;

namespace CitationLint.Statutes.Table;

/// <summary>
/// The bundled, versioned statute table, loaded once per process from the binary compiled out of statutes/ at
/// build time (see <see cref="StatuteTableFormat"/>). Records are read in place; texts are decoded when asked for;
/// an article is found by (law, version, number) in constant time through per-version number slots.
/// </summary>
public sealed class StatuteTable
{
    private const string ResourceName = "CitationLint.statutes.clt";

    /// <summary>中华人民共和国: the state's name that national laws' titles begin with and names are compared without.</summary>
    public const string StatePrefix = "中华人民共和国";
    private static readonly Lazy<StatuteTable> DefaultTable = new(LoadBundled);

    // The compiled table: the bundled one is read in place from the assembly's mapped image (no 40 MB copy, and only
    // the pages a run touches become resident); one loaded from a stream is held in an array.
    private readonly byte[]? _array;
    private readonly unsafe byte* _image;
    private readonly int _length;
    private readonly int _laws, _aliases, _versions, _articles, _slots, _stringOffsets, _stringBytes, _textBytes, _quoteIndex, _quoteIndexLength, _nameMatcher, _nameMatcherLength, _nameKeys, _nameKeysLength;
    // The name keys (see NameKey) of every law's title, short title and aliases, read in place: records of key start,
    // key length, law and whether the key is an informal name (an alias that is not the title or short title as spelled
    // apart, nor the title without its （试行）), by key in ordinal order; and the keys' characters, two an int.
    private const int NameKeyRecordsArray = 0, NameKeyCharsArray = 1, NameKeyFields = 4;
    private readonly (int Start, int Length)[] _nameKeyArrays;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _closestTitles = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (int Law, NameMatchKind Kind)?> _matches = new(StringComparer.Ordinal);
    private LawNameMatcher? _nameMatcherRead;
    private bool _nameMatcherReadDone;
    private object? _nameMatcherLock;

    // Decoded strings (titles, headings, dates) and article texts, made on first use: a corpus asks for the same
    // law's title at every citation and the same article's text at every reference to it.
    private readonly string?[] _decodedStrings;
    private readonly string?[] _decodedTexts;

    // Each law's versions, made on first use: resolution asks for them at every citation.
    private readonly StatuteVersion[]?[] _versionsOf;

    private unsafe StatuteTable(byte[]? array, byte* image, int length)
    {
        _array = array;
        _image = image;
        _length = length;
        if (Int(0) != StatuteTableFormat.Magic || Int(1) != StatuteTableFormat.Version)
            throw new InvalidDataException("The statute table is not in the format this build of CitationLint reads.");
        LawCount = Int(2);
        var aliasCount = Int(3);
        VersionCount = Int(4);
        ArticleCount = Int(5);
        var slotCount = Int(6);
        var stringCount = Int(7);
        var stringByteCount = Int(8);
        _laws = StatuteTableFormat.HeaderFields * 4;
        _aliases = _laws + (LawCount * StatuteTableFormat.LawFields * 4);
        _versions = _aliases + (aliasCount * 4);
        _articles = _versions + (VersionCount * StatuteTableFormat.VersionFields * 4);
        _slots = _articles + (ArticleCount * StatuteTableFormat.ArticleFields * 4);
        _stringOffsets = _slots + (slotCount * 4);
        _stringBytes = _stringOffsets + ((stringCount + 1) * 4);
        _decodedStrings = new string?[stringCount];
        _decodedTexts = new string?[ArticleCount];
        _versionsOf = new StatuteVersion[]?[LawCount];
        _textBytes = _stringBytes + stringByteCount;
        _quoteIndex = _textBytes + Int(9);
        _quoteIndexLength = Int(10);
        _nameMatcher = _quoteIndex + _quoteIndexLength;
        _nameMatcherLength = Int(11);
        _nameKeys = _nameMatcher + _nameMatcherLength;
        _nameKeysLength = Int(12);
        if (_nameKeys + _nameKeysLength != length)
            throw new InvalidDataException("The statute table is truncated or has trailing data.");
        _nameKeyArrays = _nameKeysLength == 0 ? [(0, 0), (0, 0)] : Int32ArraySection.Locate(NameKeyData, NameKeyCharsArray + 1);

    }

    /// <summary>The table bundled with CitationLint.</summary>
    public static StatuteTable Default => DefaultTable.Value;

    /// <summary>Number of laws (including documents known by name only).</summary>
    public int LawCount { get; }

    /// <summary>Number of law versions.</summary>
    public int VersionCount { get; }

    /// <summary>Number of articles over all versions.</summary>
    public int ArticleCount { get; }

    /// <summary>Reads a compiled table.</summary>
    public static StatuteTable Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var data = new byte[stream.Length - stream.Position];
        stream.ReadExactly(data);
        unsafe
        {
            return new StatuteTable(data, null, data.Length);
        }
    }

    /// <summary>Every law, in catalog order.</summary>
    public IEnumerable<Statute> Statutes
    {
        get
        {
            for (var i = 0; i < LawCount; i++)
                yield return new Statute(this, i);
        }
    }

    /// <summary>
    /// The law a name as written refers to: the official title, the title without 中华人民共和国, a known
    /// abbreviation; spaces, 〈〉 for inner 《》 and half-width parentheses make no difference.
    /// </summary>
    public Statute? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = NameKey(name);
        if (NameKeyRecord(key.AsSpan()) is var found and >= 0)
            return new Statute(this, NameKeyField(found, 2));
        // A trailing note the catalog title lacks or has: 《…公约（试行）》 cited as 《…公约》 and the reverse.
        foreach (var note in (string[])["（试行）", "（暂行）"])
        {
            if (key.EndsWith(note, StringComparison.Ordinal) && NameKeyRecord(key.AsSpan(0, key.Length - note.Length)) is var shorter and >= 0)
                return new Statute(this, NameKeyField(shorter, 2));
            if (NameKeyRecord((key + note).AsSpan()) is var longer and >= 0)
                return new Statute(this, NameKeyField(longer, 2));
        }

        return null;
    }

    /// <summary>
    /// The law a name as written stands for, and how it matched (see <see cref="LawNameMatcher"/>): exactly, as an
    /// accepted variant (no issuer, no parentheses, masked characters) or as a clear misspelling; null for none.
    /// </summary>
    public NameMatch? Match(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        // A corpus repeats its names at every citation: each is matched once.
        if (!_matches.TryGetValue(name, out var match))
            match = _matches.GetOrAdd(name, MatchOnce);
        return match is var (law, kind) ? new NameMatch(new Statute(this, law), kind) : null;
    }

    private (int Law, NameMatchKind Kind)? MatchOnce(string name)
    {
        if (Find(name) is { } statute)
            return (statute.Index, NameKeyRecord(NameKey(name).AsSpan()) is var found and >= 0 && NameKeyField(found, 3) != 0 ? NameMatchKind.Alias : NameMatchKind.Exact);
        return NameMatcher().Match(name);
    }

    /// <summary>
    /// The law to suggest for a name no law answers to (see <see cref="LawNameMatcher.Suggest"/>); null when none is
    /// clearly the one meant.
    /// </summary>
    public Statute? ClosestTitle(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        // A corpus repeats its unknown names; each is scored once.
        var best = _closestTitles.GetOrAdd(name, written => NameMatcher().Suggest(written));
        return best < 0 ? null : new Statute(this, best);
    }

    /// <summary>
    /// The key names are compared by: no whitespace, 〈〉 as 《》, full-width parentheses, and no 中华人民共和国
    /// (so 《民法典》, 《中华人民共和国民法典》 and 关于适用〈民事诉讼法〉的解释 find their laws).
    /// </summary>
    public static string NameKey(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        // Most names are keys already (every short title and alias the table loads): they are not copied.
        if (IsNameKey(name))
            return name;
        var text = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c))
                continue;
            text.Append(c switch { '〈' => '《', '〉' => '》', '(' => '（', ')' => '）', _ => c });
        }

        return text.Replace(StatePrefix, "").ToString();
    }

    private static bool IsNameKey(string name)
    {
        foreach (var c in name)
        {
            if (c is '〈' or '〉' or '(' or ')' || char.IsWhiteSpace(c))
                return false;
        }

        return name.IndexOf(StatePrefix, StringComparison.Ordinal) < 0;
    }

    /// <summary>The quote index compiled with the table (see <see cref="QuoteIndex.Read"/>); empty when it has none.</summary>
    internal ReadOnlySpan<byte> QuoteIndexData => Data.Slice(_quoteIndex, _quoteIndexLength);

    /// <summary>The name matcher compiled with the table (see <see cref="LawNameMatcher.Read"/>); empty when it has none.</summary>
    internal ReadOnlySpan<byte> NameMatcherData => Data.Slice(_nameMatcher, _nameMatcherLength);

    private ReadOnlySpan<byte> NameKeyData => Data.Slice(_nameKeys, _nameKeysLength);

    private unsafe ReadOnlySpan<byte> Data => _array is not null ? _array : new ReadOnlySpan<byte>(_image, _length);

    internal int LawField(int law, int field) => Int((_laws / 4) + (law * StatuteTableFormat.LawFields) + field);

    internal int AliasField(int alias) => Int((_aliases / 4) + alias);

    internal int VersionField(int version, int field) => Int((_versions / 4) + (version * StatuteTableFormat.VersionFields) + field);

    internal int ArticleField(int article, int field) => Int((_articles / 4) + (article * StatuteTableFormat.ArticleFields) + field);

    internal int Slot(int index) => Int((_slots / 4) + index);

    internal int PreviousArticle(int article) => ArticleField(article, 9);

    internal int VersionOfArticle(int article) => ArticleField(article, 10);

    internal string String(int index)
    {
        if (_decodedStrings[index] is { } decoded)
            return decoded;
        var start = Int((_stringOffsets / 4) + index);
        var end = Int((_stringOffsets / 4) + index + 1);
        return _decodedStrings[index] = Decode(Data.Slice(_stringBytes + start, end - start));
    }

    internal IReadOnlyList<StatuteVersion> VersionsOf(int law)
    {
        if (_versionsOf[law] is { } known)
            return known;
        var start = LawField(law, 8);
        var versions = new StatuteVersion[LawField(law, 9)];
        for (var i = 0; i < versions.Length; i++)
            versions[i] = new StatuteVersion(this, start + i);
        return _versionsOf[law] = versions; // a race makes it twice, harmlessly
    }

    internal string ArticleText(int article) =>
        _decodedTexts[article] ??= Decode(Data.Slice(_textBytes + ArticleField(article, 2), ArticleField(article, 3)));

    private int Int(int index) => BinaryPrimitives.ReadInt32LittleEndian(Data.Slice(index * 4, 4));

    private static unsafe string Decode(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
            return "";
        fixed (byte* bytes = utf8)
            return Encoding.UTF8.GetString(bytes, utf8.Length);
    }

    // Read once, by the first worker that needs it; the others wait rather than read their own copy.
    private LawNameMatcher NameMatcher() =>
        LazyInitializer.EnsureInitialized(ref _nameMatcherRead, ref _nameMatcherReadDone, ref _nameMatcherLock, () => LawNameMatcher.Read(this))!;

    // The name key record for a key, or −1.
    private int NameKeyRecord(ReadOnlySpan<char> key) => Int32ArraySection.FindKey(
        NameKeyArray(NameKeyRecordsArray), NameKeyFields, Int32ArraySection.Chars(NameKeyArray(NameKeyCharsArray)), key);

    private int NameKeyField(int record, int field) => NameKeyArray(NameKeyRecordsArray)[(record * NameKeyFields) + field];

    private ReadOnlySpan<int> NameKeyArray(int which) => BitConverter.IsLittleEndian
        ? Int32ArraySection.Array(NameKeyData, _nameKeyArrays[which])
        : Int32ArraySection.Copy(NameKeyData, [_nameKeyArrays[which]])[0];

    /// <summary>
    /// The records of every law's name keys (see <see cref="NameKey"/>), for the table's name key section: the first
    /// law to have a key keeps it, and a key is marked informal when it is an alias's and not the law's title or short
    /// title as spelled apart, nor the title without its （试行）.
    /// </summary>
    internal static int[][] NameKeyArrays(StatuteTable table)
    {
        var laws = new Dictionary<string, int>(StringComparer.Ordinal);
        var informal = new HashSet<string>(StringComparer.Ordinal);
        for (var law = 0; law < table.LawCount; law++)
        {
            var statute = new Statute(table, law);
            var title = NameKey(statute.Title);
            var shortTitle = NameKey(statute.ShortTitle);
            laws.TryAdd(title, law);
            laws.TryAdd(shortTitle, law);
            foreach (var alias in statute.Aliases)
            {
                var key = NameKey(alias);
                laws.TryAdd(key, law);
                if (key != shortTitle && !title.StartsWith(key, StringComparison.Ordinal))
                    informal.Add(key);
            }
        }

        var records = new List<int>();
        var chars = new StringBuilder();
        foreach (var key in laws.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            records.AddRange([chars.Length, key.Length, laws[key], informal.Contains(key) ? 1 : 0]);
            chars.Append(key);
        }

        return [[.. records], Int32ArraySection.Pack(chars.ToString())];
    }

    /// <summary>
    /// Reads the table bundled with CitationLint, in place from the assembly image when the runtime maps it (as it
    /// does for assemblies loaded from files and for native builds). <see cref="Default"/> keeps one per process.
    /// </summary>
    public static StatuteTable LoadBundled()
    {
        using var stream = typeof(StatuteTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The statute table ({ResourceName}) is missing from {typeof(StatuteTable).Assembly.GetName().Name}.");
        if (stream is not UnmanagedMemoryStream image)
            return Load(stream);
        unsafe
        {
            // The resource lives in the loaded assembly's image for the life of the process.
            return new StatuteTable(null, image.PositionPointer, checked((int)(image.Length - image.Position)));
        }
    }
}

/// <summary>A law in the table.</summary>
public readonly record struct Statute(StatuteTable Table, int Index)
{
    /// <summary>The title (the generated record printing would walk Latest → Statute → … without end).</summary>
    public override string ToString() => Title;

    /// <summary>中华人民共和国民法典.</summary>
    public string Title => Table.String(Table.LawField(Index, 0));

    /// <summary>民法典.</summary>
    public string ShortTitle => Table.String(Table.LawField(Index, 1));

    /// <summary>法律, 行政法规, 司法解释, 部门规章, …</summary>
    public string Level => Table.String(Table.LawField(Index, 2));

    /// <summary>When it was repealed, if it was.</summary>
    public DateOnly? Repealed => Table.LawField(Index, 3) is var day and >= 0 ? DateOnly.FromDayNumber(day) : null;

    /// <summary>The law that replaced it.</summary>
    public Statute? Successor => Table.LawField(Index, 4) is var law and >= 0 ? new Statute(Table, law) : null;

    /// <summary>Informal names and abbreviations.</summary>
    public IReadOnlyList<string> Aliases
    {
        get
        {
            var start = Table.LawField(Index, 5);
            var aliases = new string[Table.LawField(Index, 6)];
            for (var i = 0; i < aliases.Length; i++)
                aliases[i] = Table.String(Table.AliasField(start + i));
            return aliases;
        }
    }

    /// <summary>
    /// The adoption and revision dates the law's latest text lists in its header — including revisions whose text
    /// the table does not hold.
    /// </summary>
    public IReadOnlyList<DateOnly> RevisionDates =>
        Table.String(Table.LawField(Index, 10)) is { Length: > 0 } dates
            ? [.. dates.Split(',').Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))]
            : [];

    /// <summary>True for a document known by name only: its articles are not checked.</summary>
    public bool NameOnly => Table.LawField(Index, 7) != 0;

    /// <summary>Its versions, oldest first.</summary>
    public IReadOnlyList<StatuteVersion> Versions => Table.VersionsOf(Index);

    /// <summary>The version in force on <paramref name="date"/>, or null before the first took effect.</summary>
    public StatuteVersion? InForceOn(DateOnly date)
    {
        StatuteVersion? found = null;
        foreach (var version in Versions)
        {
            if (version.Effective <= date)
                found = version;
        }

        return found;
    }

    /// <summary>
    /// The version a date names: the one with that version date, else the one in force then, else the latest
    /// version dated on or before it.
    /// </summary>
    public StatuteVersion? VersionFor(DateOnly date)
    {
        StatuteVersion? dated = null;
        foreach (var version in Versions)
        {
            if (version.Date == date)
                return version;
            if (version.Date <= date)
                dated = version;
        }

        return InForceOn(date) ?? dated;
    }

    /// <summary>The version a year names (2017年修正): adopted that year, else taking effect that year.</summary>
    public StatuteVersion? VersionOfYear(int year)
    {
        var versions = Versions;
        foreach (var version in versions)
        {
            if (version.Date.Year == year)
                return version;
        }

        foreach (var version in versions)
        {
            if (version.Effective.Year == year)
                return version;
        }

        return null;
    }

    /// <summary>The latest version.</summary>
    public StatuteVersion? Latest => Versions is { Count: > 0 } versions ? versions[^1] : null;
}

/// <summary>One version of a law.</summary>
public readonly record struct StatuteVersion(StatuteTable Table, int Index)
{
    /// <summary>The law's short title and the version's date.</summary>
    public override string ToString() => Statute.ShortTitle + " " + Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The law.</summary>
    public Statute Statute => new(Table, Table.VersionField(Index, 0));

    /// <summary>The version date (adoption or latest revision).</summary>
    public DateOnly Date => DateOnly.FromDayNumber(Table.VersionField(Index, 1));

    /// <summary>制定, 修正 or 修订.</summary>
    public string Kind => Table.String(Table.VersionField(Index, 2));

    /// <summary>When it took effect.</summary>
    public DateOnly Effective => DateOnly.FromDayNumber(Table.VersionField(Index, 3));

    /// <summary>Where the date of effect comes from.</summary>
    public string EffectiveSource => Table.String(Table.VersionField(Index, 4));

    /// <summary>Number of articles.</summary>
    public int ArticleCount => Table.VersionField(Index, 6);

    /// <summary>The source text it was imported from.</summary>
    public string Source => Table.String(Table.VersionField(Index, 7));

    /// <summary>Its articles, in order.</summary>
    public IEnumerable<Provision> Provisions
    {
        get
        {
            var first = Table.VersionField(Index, 5);
            for (var i = 0; i < ArticleCount; i++)
                yield return new Provision(Table, first + i);
        }
    }

    /// <summary>The article with this number (之一 included), in constant time; null when the version has none.</summary>
    public Provision? Find(ArticleNumber number)
    {
        var max = Table.VersionField(Index, 9);
        if (number.Number < 1 || number.Number > max)
            return null;
        var index = Table.Slot(Table.VersionField(Index, 8) + number.Number);
        if (index < 0)
            return null;
        var end = Table.VersionField(Index, 5) + ArticleCount;
        for (var i = index; i < end && Table.ArticleField(i, 0) == number.Number; i++)
        {
            if (Table.ArticleField(i, 1) == number.Sub)
                return new Provision(Table, i);
        }

        return null;
    }

    /// <summary>The next version of the law, if any.</summary>
    public StatuteVersion? Next => Index + 1 < Table.VersionCount && Table.VersionField(Index + 1, 0) == Table.VersionField(Index, 0) ? new StatuteVersion(Table, Index + 1) : null;
}

/// <summary>One article of one version, with the maps to its counterparts.</summary>
public readonly record struct Provision(StatuteTable Table, int Index)
{
    /// <summary>The version and the article's number.</summary>
    public override string ToString() => Version + " " + Number.ToLabel();

    /// <summary>Its number.</summary>
    public ArticleNumber Number => new(Table.ArticleField(Index, 0), Table.ArticleField(Index, 1));

    /// <summary>The version it belongs to.</summary>
    public StatuteVersion Version => new(Table, Table.VersionOfArticle(Index));

    /// <summary>Its whole text: 款 and 项 on lines of their own.</summary>
    public string Text => Table.ArticleText(Index);

    /// <summary>The 编/章/节 headings above it.</summary>
    public string Heading => Table.String(Table.ArticleField(Index, 4));

    /// <summary>Its 款, each with its 项.</summary>
    public IReadOnlyList<StatuteParagraph> Paragraphs
    {
        get
        {
            var paragraphs = new List<StatuteParagraph>();
            foreach (var line in Text.Split('\n'))
            {
                if (paragraphs.Count > 0 && line.Length > 2 && line[0] is '（' or '(' && ChineseNumeral.IsChineseNumeralChar(line[1]))
                    paragraphs[^1] = paragraphs[^1] with { Items = [.. paragraphs[^1].Items, line] };
                else
                    paragraphs.Add(new StatuteParagraph(line, []));
            }

            return paragraphs;
        }
    }

    /// <summary>The article that carries it on in the next version (null when removed or in the latest version).</summary>
    public Provision? Next => Table.ArticleField(Index, 5) is var next and >= 0 ? new Provision(Table, next) : null;

    /// <summary>The article it continues from the previous version.</summary>
    public Provision? Previous => Table.PreviousArticle(Index) is var previous and >= 0 ? new Provision(Table, previous) : null;

    /// <summary>Similarity to <see cref="Next"/>, 0–1.</summary>
    public double NextSimilarity => Table.ArticleField(Index, 7) / 1000.0;

    /// <summary>The provision in every version that has it, oldest first, following the renumbering maps.</summary>
    public IReadOnlyList<Provision> History
    {
        get
        {
            var first = this;
            while (first.Previous is { } previous)
                first = previous;
            var chain = new List<Provision>();
            for (Provision? p = first; p is { } current; p = current.Next)
                chain.Add(current);
            return chain;
        }
    }

    /// <summary>For a repealed law's article: the successor law's article that carries it on.</summary>
    public Provision? Successor => Table.ArticleField(Index, 8) is var successor and >= 0 ? new Provision(Table, successor) : null;
}
