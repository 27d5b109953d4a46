using System.Reflection;
using System.Runtime.CompilerServices;

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
    private readonly string?[] _titles;                                  // node → the official title its name stands for

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
        _titles = new string?[nodes];
        _firstChild = new int[nodes + 1];
        _childChars = new char[nodes - 1];
        _childNodes = new int[nodes - 1];
        var runs = new Queue<(int Start, int End, int Depth)>(); // the nodes reached and not yet expanded: their names, their depth
        runs.Enqueue((0, sorted.Count, 0));
        var count = 1;
        var position = 0;
        for (var node = 0; node < count; node++)
        {
            _firstChild[node] = position;
            var (start, end, depth) = runs.Dequeue();
            var i = start;
            for (; i < end && sorted[i].Name.Length == depth; i++)
                _titles[node] = sorted[i].Title;
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
        var best = _titles[node] is null ? 0 : 1;
        for (var i = start + 1; i < text.Length && (node = Child(node, text[i])) != 0; i++)
        {
            if (_titles[node] is not null)
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
        return node == 0 ? null : _titles[node];
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

    private static LawNameIndex LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CitationLint.law-names.tsv")
            ?? throw new InvalidOperationException("The embedded law-name dictionary is missing from CitationLint.Core.");
        using var reader = new StreamReader(stream);
        var names = new List<KeyValuePair<string, string>>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
                names.Add(new(line[..tab], line[(tab + 1)..]));
        }

        return new LawNameIndex(names);
    }
}
