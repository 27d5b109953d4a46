using System.Reflection;
using System.Runtime.CompilerServices;
using CitationLint.Statutes.Table;

namespace CitationLint.Syntax;

/// <summary>
/// The law names (official titles, short titles, abbreviations) recognised without book-title marks, held in a
/// trie so the scanner and the grammar find the longest name at a position in one walk. Below the root (an array
/// indexed by character) each node's children sit side by side, sorted by character, and are found by binary
/// search: the scan walks the trie from most characters of a Chinese text, and the three small arrays stay in cache.
/// </summary>
public sealed class LawNameIndex
{
    // 8 KiB: small enough to stay in the first-level cache while the scan tests every character of a document.
    private const int PairBits = 1 << 16;

    private static readonly Lazy<LawNameIndex> DefaultInstance = new(LoadDefault);

    private readonly int[] _rootChildren = new int[char.MaxValue + 1]; // node for a first character; 0: none
    private readonly int[] _firstChild;                                  // node → its first entry below; one extra at the end
    private readonly char[] _childChars;                                 // the children's characters, ascending per node
    private readonly int[] _childNodes;
    private readonly int[] _titleOfNode;                                 // node → the official title its name stands for; −1: none
    private readonly string[] _titles;                                   // the distinct official titles

    // The names' first two characters, hashed into a bit set: most characters names start with (中, 国, 法…) are
    // followed by a character no name continues with, and are turned away before the walk. (~500 pairs: under 1 %
    // of the bits are set, so few characters pass falsely.)
    private readonly ulong[] _firstPairs = new ulong[PairBits / 64];

    // The common pairs (人民, 行政, 国家: a tenth of the characters of legal text) are told apart by the names' first
    // three characters, or by being a two-character name themselves.
    private readonly ulong[] _firstTriples = new ulong[PairBits / 64];
    private readonly ulong[] _twoCharacterNames = new ulong[PairBits / 64];

    // Names of one character (none in the bundled dictionary) cannot be told by a pair.
    private readonly bool _hasOneCharacterNames;

    /// <summary>Creates a dictionary from (name, official title) pairs.</summary>
    public LawNameIndex(IEnumerable<KeyValuePair<string, string>> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var sorted = new List<(string Name, string Title, int Order)>();
        var characters = 0;
        foreach (var (name, title) in names)
        {
            if (name.Length == 0)
                continue;
            if (name.Length == 1)
                _hasOneCharacterNames = true;
            else
                Set(_firstPairs, PairHash(name[0], name[1]));
            if (name.Length == 2)
                Set(_twoCharacterNames, PairHash(name[0], name[1]));
            else if (name.Length > 2)
                Set(_firstTriples, TripleHash(name[0], name[1], name[2]));
            sorted.Add((name, title, sorted.Count));
            characters += name.Length;
            Count++;
        }

        // Built a level at a time from the names in ordinal order, so no node's children need finding or sorting:
        // the names below a node are a run of the sorted list, and its children are the runs that share the next
        // character, already in character order. Nodes are numbered as they are reached, so each node's children
        // sit side by side. (A trie of edges found through a dictionary, then sorted, cost a sixth of a one-file
        // check's start-up.) The same name twice keeps its last title.
        sorted.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name) is var order and not 0 ? order : a.Order.CompareTo(b.Order));
        var nodes = characters + 1; // at most one a character, and the root
        _titleOfNode = new int[nodes];
        _firstChild = new int[nodes + 1];
        _childChars = new char[nodes - 1];
        _childNodes = new int[nodes - 1];
        var runs = new Queue<(int Start, int End, int Depth)>(); // the nodes reached and not yet expanded: their names, their depth
        runs.Enqueue((0, sorted.Count, 0));
        var count = 1;
        var position = 0;
        var titles = new List<string>();
        var titleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var node = 0; node < count; node++)
        {
            _firstChild[node] = position;
            var (start, end, depth) = runs.Dequeue();
            var i = start;
            _titleOfNode[node] = -1;
            for (; i < end && sorted[i].Name.Length == depth; i++)
            {
                if (!titleIndex.TryGetValue(sorted[i].Title, out var title))
                {
                    titleIndex.Add(sorted[i].Title, title = titles.Count);
                    titles.Add(sorted[i].Title);
                }

                _titleOfNode[node] = title;
            }

            while (i < end)
            {
                var c = sorted[i].Name[depth];
                var runStart = i;
                while (i < end && sorted[i].Name[depth] == c)
                    i++;
                runs.Enqueue((runStart, i, depth + 1));
                _childChars[position] = c;
                _childNodes[position] = count;
                if (node == 0)
                    _rootChildren[c] = count;
                position++;
                count++;
            }
        }

        _firstChild[count] = position;
        _titles = [.. titles];
        NodeCount = count;
    }

    // Read from the compiled dictionary (see Write).
    private LawNameIndex(ReadOnlySpan<byte> data)
    {
        var located = Int32ArraySection.Locate(data, TitleCharsArray + 1);
        var arrays = Int32ArraySection.Copy(data, located);
        Count = arrays[SizesArray][0];
        _hasOneCharacterNames = arrays[SizesArray][1] != 0;
        NodeCount = arrays[SizesArray][2];
        var roots = arrays[RootChildrenArray];
        for (var i = 0; i < roots.Length; i += 2)
            _rootChildren[roots[i]] = roots[i + 1];
        _firstChild = arrays[FirstChildArray];
        _childNodes = arrays[ChildNodesArray];
        _childChars = Int32ArraySection.Chars(arrays[ChildCharsArray]).Slice(0, _childNodes.Length).ToArray();
        Unpack(arrays[FirstPairsArray], _firstPairs);
        Unpack(arrays[FirstTriplesArray], _firstTriples);
        Unpack(arrays[TwoCharacterNamesArray], _twoCharacterNames);
        _titleOfNode = arrays[TitleOfNodeArray];
        var starts = arrays[TitleStartsArray];
        var characters = Int32ArraySection.Chars(arrays[TitleCharsArray]);
        _titles = new string[starts.Length - 1];
        for (var t = 0; t < _titles.Length; t++)
            _titles[t] = characters.Slice(starts[t], starts[t + 1] - starts[t]).ToString();
    }

    // The compiled dictionary: int32 arrays (see Int32ArraySection) — the sizes (names, whether one has one
    // character, nodes); the root's children as (character, node) pairs; each node's first entry below (one more at
    // the end); the children's characters (two an int) and nodes; the three bit sets (two ints a word, low half
    // first); each node's title (−1: none); where each title starts in the titles' characters (one more at the end),
    // and those characters.
    private const int SizesArray = 0, RootChildrenArray = 1, FirstChildArray = 2, ChildCharsArray = 3, ChildNodesArray = 4,
        FirstPairsArray = 5, FirstTriplesArray = 6, TwoCharacterNamesArray = 7, TitleOfNodeArray = 8, TitleStartsArray = 9,
        TitleCharsArray = 10;

    private const string CompiledResourceName = "CitationLint.law-names.clt";

    // Nodes in use: the arrays built from names may run longer.
    private int NodeCount { get; }

    /// <summary>The names of a law-name dictionary file (statutes/law-names.tsv: name ⇥ official title; # comments).</summary>
    public static List<KeyValuePair<string, string>> ReadNames(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var names = new List<KeyValuePair<string, string>>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
                names.Add(new(line[..tab], line[(tab + 1)..]));
        }

        return names;
    }

    /// <summary>
    /// Writes the dictionary compiled (the trie as built, read back by copying arrays), as the build embeds it so
    /// that no process sorts and links the names at start-up.
    /// </summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var roots = new List<int>();
        for (var c = 0; c < _rootChildren.Length; c++)
        {
            if (_rootChildren[c] != 0)
                roots.AddRange([c, _rootChildren[c]]);
        }

        var edges = _firstChild[NodeCount];
        var starts = new int[_titles.Length + 1];
        for (var t = 0; t < _titles.Length; t++)
            starts[t + 1] = starts[t] + _titles[t].Length;
        Int32ArraySection.Write(writer, [
            [Count, _hasOneCharacterNames ? 1 : 0, NodeCount], [.. roots], _firstChild.AsSpan(0, NodeCount + 1).ToArray(),
            Int32ArraySection.Pack(new string(_childChars, 0, edges)), _childNodes.AsSpan(0, edges).ToArray(),
            Pack(_firstPairs), Pack(_firstTriples), Pack(_twoCharacterNames), _titleOfNode.AsSpan(0, NodeCount).ToArray(),
            starts, Int32ArraySection.Pack(string.Concat(_titles))]);
    }

    private static int[] Pack(ulong[] bits)
    {
        var packed = new int[bits.Length * 2];
        for (var i = 0; i < bits.Length; i++)
            (packed[2 * i], packed[(2 * i) + 1]) = ((int)(uint)bits[i], (int)(uint)(bits[i] >> 32));
        return packed;
    }

    private static void Unpack(int[] packed, ulong[] bits)
    {
        for (var i = 0; i < bits.Length; i++)
            bits[i] = (uint)packed[2 * i] | ((ulong)(uint)packed[(2 * i) + 1] << 32);
    }

    /// <summary>The dictionary bundled with CitationLint (statutes/law-names.tsv).</summary>
    public static LawNameIndex Default => DefaultInstance.Value;

    /// <summary>Number of names.</summary>
    public int Count { get; }

    /// <summary>
    /// Whether a name may start at <paramref name="start"/> (false: certainly not) — a test of two characters against
    /// a small bit set, cheap enough for every character of a document.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayStartAt(ReadOnlySpan<char> text, int start)
    {
        if (_hasOneCharacterNames || start + 1 >= text.Length)
            return start < text.Length && _rootChildren[text[start]] != 0;
        var pair = PairHash(text[start], text[start + 1]);
        if ((_firstPairs[pair >> 6] & (1UL << pair)) == 0)
            return false;
        if ((_twoCharacterNames[pair >> 6] & (1UL << pair)) != 0)
            return true;
        if (start + 2 >= text.Length)
            return false;
        var triple = TripleHash(text[start], text[start + 1], text[start + 2]);
        return (_firstTriples[triple >> 6] & (1UL << triple)) != 0;
    }

    /// <summary>Length of the longest name starting at <paramref name="start"/>, or 0.</summary>
    public int LongestMatch(ReadOnlySpan<char> text, int start)
    {
        if (!MayStartAt(text, start))
            return 0;
        var node = _rootChildren[text[start]];
        if (node == 0)
            return 0;
        var best = _titleOfNode[node] < 0 ? 0 : 1;
        for (var i = start + 1; i < text.Length && (node = Child(node, text[i])) != 0; i++)
        {
            if (_titleOfNode[node] >= 0)
                best = i - start + 1;
        }

        return best;
    }

    /// <summary>The official title a name stands for, or null when the name is unknown.</summary>
    public string? OfficialTitle(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty)
            return null;
        var node = _rootChildren[name[0]];
        for (var i = 1; i < name.Length && node != 0; i++)
            node = Child(node, name[i]);
        return node == 0 || _titleOfNode[node] < 0 ? null : _titles[_titleOfNode[node]];
    }

    // The child of a node (not the root) for a character, or 0.
    private int Child(int node, char c)
    {
        var low = _firstChild[node];
        var high = _firstChild[node + 1] - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var found = _childChars[middle];
            if (found == c)
                return _childNodes[middle];
            if (found < c)
                low = middle + 1;
            else
                high = middle - 1;
        }

        return 0;
    }

    private static int PairHash(char first, char second) => (int)((((uint)first * 0x9E3779B1u) ^ second) & (PairBits - 1));

    private static int TripleHash(char first, char second, char third) =>
        (int)((((uint)first * 0x9E3779B1u) ^ ((uint)second * 0x85EBCA6Bu) ^ third) & (PairBits - 1));

    private static void Set(ulong[] bits, int bit) => bits[bit >> 6] |= 1UL << bit;

    // The dictionary compiled from statutes/law-names.tsv at build time (by tools/StatuteTableCompiler).
    private static LawNameIndex LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(CompiledResourceName)
            ?? throw new InvalidOperationException("The embedded law-name dictionary is missing from CitationLint.Core.");
        if (stream is UnmanagedMemoryStream image)
        {
            unsafe
            {
                // The resource lives in the loaded assembly's image for the life of the process.
                return new LawNameIndex(new ReadOnlySpan<byte>(image.PositionPointer, checked((int)(image.Length - image.Position))));
            }
        }

        var data = new byte[stream.Length - stream.Position];
        stream.ReadExactly(data);
        return new LawNameIndex(data);
    }
}
