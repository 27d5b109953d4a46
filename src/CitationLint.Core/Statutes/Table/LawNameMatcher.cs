namespace CitationLint.Statutes.Table;

/// <summary>How a name as written was matched to a law of the table.</summary>
public enum NameMatchKind
{
    /// <summary>The official title or short title (spacing, 〈〉 and parentheses aside).</summary>
    Exact,

    /// <summary>An abbreviation or informal name from the reviewed alias table (民诉法, 婚姻法解释（二）).</summary>
    Alias,

    /// <summary>
    /// The same name written another accepted way: the title without its issuer (《关于审理……的规定》), without the
    /// parentheses of its number (《刑法修正案九》), or with characters masked by a Q&amp;A site (中华人民***和国).
    /// </summary>
    Variant,

    /// <summary>A misspelt or truncated name that one law clearly answers to (《民法点》, 《劳动合同法实施条列》).</summary>
    Misspelt,
}

/// <summary>A law a name was matched to, and how.</summary>
/// <param name="Statute">The law.</param>
/// <param name="Kind">Exact, an accepted variant, or a misspelling.</param>
public readonly record struct NameMatch(Statute Statute, NameMatchKind Kind);

/// <summary>
/// Finds the law a name that is not exactly one of the table's names stands for, or says there is none. A name is a
/// variant when its loose key (no spacing, parentheses, 《》 or quotation marks; 中华人民共和国 dropped) is a law's, or
/// that law's title without its issuer; masked characters (*) stand for any run. It is a misspelling of a law when
/// few edits turn it into one of the law's names (<see cref="MaxEdits"/>), no other law is as close, and the words that
/// tell the law apart (its core: the name without 最高人民法院, 关于, 审理, 若干问题 …) differ by one character at most —
/// so 民间借贷 never becomes 盗窃, whatever the rest of a long title shares.
/// </summary>
internal sealed class LawNameMatcher
{

    // Characters a name may carry that do not tell laws apart.
    private const string Layout = "《》〈〉<>“”\"'‘’「」『』、·・（）()[]【】 \t\u3000";

    // Words shared by many titles: an edit among them does not change which law is meant. Longest first.
    private static readonly string[] Boilerplate =
    [
        StatuteTable.StatePrefix, "最高人民法院", "最高人民检察院", "人民法院", "最高人民", "最高法院", "最高法", "最高检",
        "人力资源和社会保障部", "人力资源社会保障部", "国务院", "办公厅", "关于", "审理", "办理", "适用", "法律", "若干",
        "问题", "具体", "应用", "案件", "有关", "事项", "解释", "规定", "的",
    ];

    // Nine int32 arrays, built from the names or read in place from the table's name matcher section (written when
    // the table is compiled, so no process computes every name's keys, cores and bigrams at start-up):
    // the names (key start, key length, core start, core length, law; keys and cores are in the characters array);
    // the variants (key start, key length, law — −1 when two laws share the key), by key in ordinal order; the
    // distinct bigrams of the names' keys, ascending, where each one's list of names starts (one more at the end) and
    // the lists, names in index order; the same three for the cores (for suggestions); the characters, two an int.
    private const int NamesArray = 0, VariantsArray = 1, BigramsArray = 2, BigramStartsArray = 3, NamesWithBigramArray = 4,
        CoreBigramsArray = 5, CoreBigramStartsArray = 6, NamesWithCoreBigramArray = 7, CharsArray = 8, ArrayCount = 9;
    private const int NameFields = 5, VariantFields = 3;
    private readonly StatuteTable? _table;
    private readonly int[][]? _built;
    private readonly (int Start, int Length)[]? _stored;

    private LawNameMatcher(StatuteTable? table, int[][]? built, (int Start, int Length)[]? stored)
    {
        _table = table;
        _built = built;
        _stored = stored;
    }

    private int NameCount => Section(NamesArray).Length / NameFields;

    /// <summary>
    /// Indexes each law's names: titles and short titles, and aliases — which are matched as variants only: an
    /// abbreviation is a convention, and one a character off (食品法 for 食安法) is no longer clearly it.
    /// </summary>
    public static LawNameMatcher Build(IEnumerable<(int Law, string Name, bool IsAlias)> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var chars = new System.Text.StringBuilder();
        var named = new List<int>();
        var variants = new Dictionary<string, int>(StringComparer.Ordinal);
        var namesWithBigram = new SortedDictionary<int, List<int>>();
        var namesWithCoreBigram = new SortedDictionary<int, List<int>>();
        foreach (var (law, name, isAlias) in names)
        {
            var key = LooseKey(name);
            if (key.Length == 0)
                continue;
            AddVariant(variants, key, law);
            var issuer = key.IndexOf("关于", StringComparison.Ordinal);
            if (issuer > 0 && key.IndexOf('《', 0, issuer) < 0)
                AddVariant(variants, key[issuer..], law);
            if (isAlias)
                continue;
            var index = named.Count / NameFields;
            var core = Core(key);
            named.AddRange([chars.Length, key.Length, chars.Length + key.Length, core.Length, law]);
            chars.Append(key).Append(core);
            foreach (var bigram in Bigrams(core))
                AddHolder(namesWithCoreBigram, bigram, index);
            foreach (var bigram in Bigrams(key))
                AddHolder(namesWithBigram, bigram, index);
        }

        var variantRecords = new List<int>();
        foreach (var key in variants.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            variantRecords.AddRange([chars.Length, key.Length, variants[key]]);
            chars.Append(key);
        }

        var (bigrams, bigramStarts, namesWithBigramList) = Postings(namesWithBigram);
        var (coreBigrams, coreBigramStarts, namesWithCoreBigramList) = Postings(namesWithCoreBigram);
        return new LawNameMatcher(null, [[.. named], [.. variantRecords], bigrams, bigramStarts, namesWithBigramList, coreBigrams, coreBigramStarts, namesWithCoreBigramList, Int32ArraySection.Pack(chars.ToString())], null);
    }

    /// <summary>Indexes the names of every law of <paramref name="table"/>.</summary>
    public static LawNameMatcher Build(StatuteTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var names = new List<(int, string, bool)>();
        for (var law = 0; law < table.LawCount; law++)
        {
            var statute = new Statute(table, law);
            names.Add((law, statute.Title, false));
            names.Add((law, statute.ShortTitle, false));
            foreach (var alias in statute.Aliases)
                names.Add((law, alias, true));
        }

        return Build(names);
    }

    /// <summary>Writes the matcher as a section of the table: nine int32 arrays, each after its length.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var arrays = new int[ArrayCount][];
        for (var which = 0; which < ArrayCount; which++)
            arrays[which] = Section(which).ToArray();
        Int32ArraySection.Write(writer, arrays);
    }

    /// <summary>The matcher stored in <paramref name="table"/> when it was compiled, read in place.</summary>
    public static LawNameMatcher Read(StatuteTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var data = table.NameMatcherData;
        if (data.IsEmpty)
            throw new InvalidDataException("The statute table holds no name matcher: it was compiled by an older build of CitationLint.");
        var stored = Int32ArraySection.Locate(data, ArrayCount);
        return BitConverter.IsLittleEndian
            ? new LawNameMatcher(table, null, stored)
            : new LawNameMatcher(null, Int32ArraySection.Copy(data, stored), null);
    }

    /// <summary>
    /// How many edits (insertions, deletions, substitutions) a misspelt name of <paramref name="length"/> characters
    /// (its loose key) may be from a law's name. Chosen on the dev corpus's and the fixtures' misspellings: the
    /// shortest real ones are one edit off at three to eight characters (民法点, 民事诉讼, 劳动合同法实施条列, 道路交通安全实施条例),
    /// two at nine and more (中华人民共和民法典: the prefix; 最高人民关于审理民间借贷…: 法院 dropped), four in a 27-character
    /// interpretation title (若干问题 for 适用法律问题); while 公安处罚法 (2 from the alias 治安处罚法) and 食品法 (2 from
    /// 食品安全法) are names no law has, and must stay unknown.
    /// </summary>
    public static int MaxEdits(int length) => length switch
    {
        < 3 => 0,
        <= 8 => 1,
        <= 16 => 2,
        _ => length / 6,
    };

    /// <summary>The most the cores (the words that tell laws apart) may differ by in a misspelling; none in a core of two.</summary>
    private const int MaxCoreEdits = 1;

    // A name this short (民法点, 民事诉讼) must keep its first two characters to be a misspelling: one character decides
    // between 保险法 and 物权法.
    private const int ShortName = 4;

    // A masked name must show this many characters, and no more than a third of it masked, to tell which law it is
    // (中华人民***和国民事诉讼法 does; 人民*** does not); a masked state prefix may run this much longer than the prefix.
    private const int MinUnmasked = 4;
    private const int MaxPrefixMask = 4;

    /// <summary>The law and how the name matched it; null when no law answers to it clearly.</summary>
    public (int Law, NameMatchKind Kind)? Match(string written)
    {
        ArgumentNullException.ThrowIfNull(written);
        var key = LooseKey(written);
        var (law, cost, tied) = MatchKey(key, 0);

        // 中华人民共和民法典, 中华人民***和国民事诉讼法: a mistyped or masked state prefix (NameKey drops only the exact
        // one) costs what it is off by; each way of cutting it off is tried.
        if (key.StartsWith("中华", StringComparison.Ordinal))
        {
            for (var length = 4; length <= Math.Min(key.Length - 2, StatuteTable.StatePrefix.Length + MaxPrefixMask); length++)
            {
                var prefixCost = Distance(key.AsSpan(0, length), StatuteTable.StatePrefix, 1);
                if (prefixCost > 1)
                    continue;
                var (other, otherCost, otherTied) = MatchKey(key[length..], prefixCost);
                if (other < 0 || otherCost > cost)
                    continue;
                if (otherCost < cost)
                    (law, cost, tied) = (other, otherCost, otherTied);
                else if (other != law)
                    tied = true;
            }
        }

        if (law < 0 || tied)
            return null;
        return (law, cost == 0 ? NameMatchKind.Variant : NameMatchKind.Misspelt);
    }

    // The law a loose key is closest to within the edits allowed (less what a cut-off prefix already cost), the
    // total cost, and whether another law is as close; law −1 when none is.
    private (int Law, int Cost, bool Tied) MatchKey(string key, int prefixCost)
    {
        const int none = -1;
        var masked = key.Contains('*', StringComparison.Ordinal);
        if (!masked && Variant(key) is { } variant)
            return variant >= 0 ? (variant, prefixCost, false) : (none, int.MaxValue, false);

        var stars = 0;
        foreach (var c in key)
            stars += c == '*' ? 1 : 0;
        if (stars > 0 && (key.Length - stars < MinUnmasked || stars * 3 > key.Length))
            return (none, int.MaxValue, false); // too little left to tell which law it is

        var allowed = MaxEdits(key.Length - stars) - prefixCost;
        if (allowed < 0 || (allowed == 0 && !masked))
            return (none, int.MaxValue, false);
        var core = Core(key);
        if (core.Length == 0)
            return (none, int.MaxValue, false);
        var bestLaw = none;
        var bestName = -1;
        var bestCost = int.MaxValue;
        var tied = false;
        foreach (var index in Candidates(key, allowed, masked))
        {
            var name = Key(index);
            var law = Section(NamesArray)[(index * NameFields) + 4];
            var cost = Distance(key, name, Math.Min(allowed, bestCost));
            if (cost > allowed || cost > bestCost)
                continue;
            if (Distance(core, CoreOf(index), MaxCoreEdits) > (core.Length <= ShortName / 2 ? 0 : MaxCoreEdits))
                continue;
            if (cost < bestCost)
                (bestLaw, bestName, bestCost, tied) = (law, index, cost, false);
            else if (law != bestLaw)
                tied = true;
        }

        // Rivals are counted before the start is tested: 保权法 is as near 保险法 as 物权法, and is neither.
        if (bestLaw < 0 || !SameStart(key, Key(bestName)))
            return (none, int.MaxValue, false);
        return (bestLaw, bestCost + prefixCost, tied);
    }

    /// <summary>
    /// The law to suggest for a name no law answers to (CL0001's "did you mean"), or −1: the law whose names' cores
    /// hold the largest share of the written core's bigrams, when that share is at least <see cref="MinSuggestionCoverage"/>
    /// and no other law comes within <see cref="MinSuggestionLead"/> of it. 《公安处罚法》 is as near to 行政处罚法 as to
    /// 治安管理处罚法, and 《关于审理盗窃案件……的解释》 (1998) shares only boilerplate with the interpretations held: no
    /// suggestion is better than a wrong one.
    /// </summary>
    public int Suggest(string written)
    {
        ArgumentNullException.ThrowIfNull(written);
        var bigrams = Bigrams(Core(LooseKey(written).Replace("*", "", StringComparison.Ordinal)));
        if (bigrams.Length == 0)
            return -1;
        // How many of the written core's bigrams each name's core holds, through the names holding each bigram.
        var shared = NameCounts();
        var touched = new List<int>();
        foreach (var bigram in bigrams)
        {
            foreach (var index in Holders(CoreBigramsArray, bigram))
            {
                if (shared[index]++ == 0)
                    touched.Add(index);
            }
        }

        // Each law's best share over its names (a per-thread dictionary, emptied for each lookup; it keeps the order laws
        // were first met in, which breaks ties).
        var names = Section(NamesArray);
        var coverage = t_lawShares ??= [];
        coverage.Clear();
        foreach (var index in touched)
        {
            var law = names[(index * NameFields) + 4];
            var share = (double)shared[index] / bigrams.Length;
            shared[index] = 0;
            if (share > coverage.GetValueOrDefault(law))
                coverage[law] = share;
        }

        var best = -1;
        var bestShare = 0.0;
        var second = 0.0;
        foreach (var (law, share) in coverage)
        {
            if (share > bestShare)
            {
                second = bestShare;
                (best, bestShare) = (law, share);
            }
            else if (share > second)
            {
                second = share;
            }
        }

        return bestShare >= MinSuggestionCoverage && bestShare - second >= MinSuggestionLead ? best : -1;
    }

    // Counts by name (left all zero after each use: the entries touched are cleared) and shares by law, one of each a
    // thread: a run looks up hundreds of unknown names, and a fresh array of every name's count and a dictionary for each
    // were a quarter of what the rules allocated on the statute corpus.
    [ThreadStatic]
    private static int[]? t_nameCounts;

    [ThreadStatic]
    private static Dictionary<int, double>? t_lawShares;

    private int[] NameCounts()
    {
        var counts = t_nameCounts;
        if (counts is null || counts.Length < NameCount)
            t_nameCounts = counts = new int[NameCount];
        return counts;
    }

    // Chosen on the unknown names of the dev corpus and the seeds: 贷款逾期催收公约 → 互联网金融逾期债务催收自律公约（试行）
    // shares 3 of its 7 core bigrams (0.43) with no rival above 0.15; wrong guesses had a rival within 0.1
    // (公安处罚法: 行政处罚法 and 治安管理处罚法 both 0.5) or shared only an issuer (人力资源社会保障部 … 通知: 0.36 before the
    // issuer was made boilerplate).
    private const double MinSuggestionCoverage = 0.4;
    private const double MinSuggestionLead = 0.15;

    // The distinct character bigrams of a text, sorted.
    private static int[] Bigrams(string text)
    {
        var bigrams = new SortedSet<int>();
        for (var i = 0; i + 1 < text.Length; i++)
            bigrams.Add((text[i] << 16) | text[i + 1]);
        return [.. bigrams];
    }

    /// <summary>The name as compared: <see cref="StatuteTable.NameKey"/> without parentheses, 《》 and quotation marks.</summary>
    public static string LooseKey(string name)
    {
        var key = StatuteTable.NameKey(name);
        var text = new System.Text.StringBuilder(key.Length);
        foreach (var c in key)
        {
            if (Layout.IndexOf(c) < 0)
                text.Append(c == '＊' ? '*' : c);
        }

        return text.ToString();
    }

    /// <summary>The words of a loose key that tell laws apart: <see cref="Boilerplate"/> removed.</summary>
    public static string Core(string key)
    {
        var core = key;
        foreach (var word in Boilerplate)
            core = core.Replace(word, "", StringComparison.Ordinal);
        return core;
    }

    /// <summary>
    /// Edit distance, where * in <paramref name="written"/> stands for any run of characters (a masked word); stops
    /// early and returns more than <paramref name="limit"/> once every path costs more.
    /// </summary>
    public static int Distance(ReadOnlySpan<char> written, ReadOnlySpan<char> name, int limit)
    {
        var previous = new int[name.Length + 1];
        var current = new int[name.Length + 1];
        for (var j = 0; j <= name.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= written.Length; i++)
        {
            var w = written[i - 1];
            current[0] = w == '*' ? previous[0] : previous[0] + 1;
            var rowMinimum = current[0];
            for (var j = 1; j <= name.Length; j++)
            {
                int cost;
                if (w == '*')
                    cost = Math.Min(Math.Min(previous[j], current[j - 1]), previous[j - 1]); // the run grows, ends or is one character
                else
                    cost = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (w == name[j - 1] ? 0 : 1));
                current[j] = cost;
                rowMinimum = Math.Min(rowMinimum, cost);
            }

            if (rowMinimum > limit)
                return limit + 1;
            (previous, current) = (current, previous);
        }

        return previous[name.Length];
    }

    // A misspelling keeps the start of the name: a different first character is a different law (侵权法 is not 物权法),
    // and in a name of four characters or fewer so are the first two (民法点 is 民法典; 保权法 is not 保险法). A masked
    // start (*) is compared by the distance alone.
    private static bool SameStart(string key, ReadOnlySpan<char> name)
    {
        var length = key.Length <= ShortName ? 2 : 1;
        if (name.Length < length)
            return false;
        for (var i = 0; i < length && i < key.Length; i++)
        {
            if (key[i] == '*')
                return true;
            if (key[i] != name[i])
                return false;
        }

        return true;
    }

    private static void AddVariant(Dictionary<string, int> variants, string key, int law)
    {
        if (variants.TryGetValue(key, out var known))
        {
            if (known != law)
                variants[key] = -1; // two laws share the key: it tells neither
        }
        else
        {
            variants[key] = law;
        }
    }

    private static void AddHolder(SortedDictionary<int, List<int>> holdersOf, int bigram, int index)
    {
        if (!holdersOf.TryGetValue(bigram, out var holders))
            holdersOf[bigram] = holders = [];
        holders.Add(index);
    }

    // The bigrams ascending, where each one's names start in the lists (one more at the end), and the lists.
    private static (int[] Bigrams, int[] Starts, int[] Holders) Postings(SortedDictionary<int, List<int>> holdersOf)
    {
        var starts = new List<int>();
        var holders = new List<int>();
        foreach (var list in holdersOf.Values)
        {
            starts.Add(holders.Count);
            holders.AddRange(list);
        }

        starts.Add(holders.Count);
        return ([.. holdersOf.Keys], [.. starts], [.. holders]);
    }

    private ReadOnlySpan<int> Section(int which) => _built is not null
        ? _built[which]
        : Int32ArraySection.Array(_table!.NameMatcherData, _stored![which]);

    private ReadOnlySpan<char> Chars(int start, int length) =>
        Int32ArraySection.Chars(Section(CharsArray)).Slice(start, length);

    // A name's loose key and core.
    private ReadOnlySpan<char> Key(int name) => Chars(Section(NamesArray)[name * NameFields], Section(NamesArray)[(name * NameFields) + 1]);

    private ReadOnlySpan<char> CoreOf(int name) => Chars(Section(NamesArray)[(name * NameFields) + 2], Section(NamesArray)[(name * NameFields) + 3]);

    // The law a loose key is a variant of (−1: of two laws), or null; by binary search over the keys in ordinal order.
    private int? Variant(string key)
    {
        var variants = Section(VariantsArray);
        var found = Int32ArraySection.FindKey(variants, VariantFields, Int32ArraySection.Chars(Section(CharsArray)), key.AsSpan());
        return found < 0 ? null : variants[(found * VariantFields) + 2];
    }

    // The names whose key (or core) holds a bigram, in index order; empty when none does. A bigram list's three
    // arrays are consecutive: the bigrams, where each one's names start, the names.
    private ReadOnlySpan<int> Holders(int bigramsArray, int bigram)
    {
        var at = Section(bigramsArray).BinarySearch(bigram);
        if (at < 0)
            return [];
        var starts = Section(bigramsArray + 1);
        return Section(bigramsArray + 2)[starts[at]..starts[at + 1]];
    }

    // The names that can be within the allowed edits: each edit breaks at most two of the written name's bigrams, so
    // a name within k edits shares at least (bigrams − 2k) of them. A masked name is compared with every name.
    private List<int> Candidates(string key, int allowed, bool masked)
    {
        var nameCount = NameCount;
        var candidates = new List<int>();
        if (masked)
        {
            for (var i = 0; i < nameCount; i++)
                candidates.Add(i);
            return candidates;
        }

        var names = Section(NamesArray);
        var needed = key.Length - 1 - (2 * allowed);
        var shared = NameCounts(); // counts by name: cheaper than a dictionary over the long lists of 关于, 规定 …
        var touched = new List<int>();
        for (var i = 0; i + 1 < key.Length; i++)
        {
            foreach (var index in Holders(BigramsArray, (key[i] << 16) | key[i + 1]))
            {
                if (shared[index]++ == 0)
                    touched.Add(index);
            }
        }

        foreach (var index in touched)
        {
            if (shared[index] >= needed && Math.Abs(names[(index * NameFields) + 1] - key.Length) <= allowed)
                candidates.Add(index);
        }

        if (needed <= 0)
        {
            // A short name may share no bigram with its law at all (民法点 / 民法典 share one): compare by length.
            for (var i = 0; i < nameCount; i++)
            {
                if (shared[i] == 0 && Math.Abs(names[(i * NameFields) + 1] - key.Length) <= allowed)
                    candidates.Add(i);
            }
        }

        foreach (var index in touched)
            shared[index] = 0;
        return candidates;
    }
}
