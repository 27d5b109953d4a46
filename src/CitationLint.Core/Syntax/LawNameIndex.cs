using System.Reflection;

namespace CitationLint.Syntax;

/// <summary>
/// The law names (official titles, short titles, abbreviations) recognised without book-title marks, held in a
/// trie so the scanner and the grammar find the longest name at a position in one walk.
/// </summary>
public sealed class LawNameIndex
{
    private static readonly Lazy<LawNameIndex> DefaultInstance = new(LoadDefault);

    // Trie edges: from the root by character (an array: the scanner asks at every anchor character), below it keyed
    // by (node << 16) | char. Node 0 is the root; a node's name is the title it ends, if any.
    private readonly int[] _rootEdges = new int[char.MaxValue + 1];
    private readonly EdgeTable _edges = new();

    // The names' first two characters, hashed into a bit set: most anchor characters the scanner stops at (中, 国, 法…)
    // are followed by a character no name continues with, and are turned away here without a dictionary probe.
    private readonly ulong[] _firstPairs = new ulong[PairBits / 64];
    private const int PairBits = 1 << 20;
    private readonly string?[] _titles;

    /// <summary>Creates a dictionary from (name, official title) pairs.</summary>
    public LawNameIndex(IEnumerable<KeyValuePair<string, string>> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var firstChars = new HashSet<char>();
        var titles = new List<string?> { null };
        foreach (var (name, title) in names)
        {
            if (name.Length == 0)
                continue;
            firstChars.Add(name[0]);
            if (name.Length > 1)
                _firstPairs[PairHash(name[0], name[1]) >> 6] |= 1UL << (PairHash(name[0], name[1]) & 63);
            var node = 0;
            foreach (var c in name)
            {
                if (!TryFollow(node, c, out var next))
                {
                    next = titles.Count;
                    titles.Add(null);
                    if (node == 0)
                        _rootEdges[c] = next;
                    else
                        _edges.Add(Key(node, c), next);
                }

                node = next;
            }

            titles[node] = title;
            Count++;
        }

        FirstCharList = [.. firstChars];
        _titles = [.. titles];
    }

    /// <summary>The dictionary bundled with CitationLint (statutes/law-names.tsv).</summary>
    public static LawNameIndex Default => DefaultInstance.Value;

    /// <summary>Number of names.</summary>
    public int Count { get; }

    /// <summary>The characters a name can start with, for the candidate scan.</summary>
    public IReadOnlyList<char> FirstCharList { get; }

    /// <summary>Length of the longest name starting at <paramref name="start"/>, or 0.</summary>
    public int LongestMatch(ReadOnlySpan<char> text, int start)
    {
        if (start >= text.Length || _rootEdges[text[start]] == 0)
            return 0;
        if (start + 1 < text.Length && (_firstPairs[PairHash(text[start], text[start + 1]) >> 6] & (1UL << (PairHash(text[start], text[start + 1]) & 63))) == 0)
            return _titles[_rootEdges[text[start]]] is null ? 0 : 1;
        var node = 0;
        var best = 0;
        for (var i = start; i < text.Length; i++)
        {
            if (!TryFollow(node, text[i], out node))
                break;
            if (_titles[node] is not null)
                best = i - start + 1;
        }

        return best;
    }

    /// <summary>The official title a name stands for, or null when the name is unknown.</summary>
    public string? OfficialTitle(ReadOnlySpan<char> name)
    {
        var node = 0;
        foreach (var c in name)
        {
            if (!TryFollow(node, c, out node))
                return null;
        }

        return _titles[node];
    }

    private bool TryFollow(int node, char c, out int next)
    {
        if (node == 0)
        {
            next = _rootEdges[c];
            return next != 0;
        }

        return _edges.TryGetValue(Key(node, c), out next);
    }

    /// <summary>
    /// The trie's edges below the root: open addressing over (node, char) keys, which the scan probes for every
    /// character of every name-like run — about three times faster than a Dictionary for this.
    /// </summary>
    private sealed class EdgeTable
    {
        // Key and value side by side: one cache line per probe.
        private Edge[] _slots = new Edge[1024];
        private int _count;

        public void Add(long key, int value)
        {
            if ((_count + 1) * 2 > _slots.Length)
                Grow();
            Insert(_slots, key, value);
            _count++;
        }

        public bool TryGetValue(long key, out int value)
        {
            var slots = _slots;
            var mask = slots.Length - 1;
            for (var slot = Slot(key, mask); ; slot = (slot + 1) & mask)
            {
                ref readonly var edge = ref slots[slot];
                if (edge.Key == key)
                {
                    value = edge.Target;
                    return true;
                }

                if (edge.Key == 0)
                {
                    value = 0;
                    return false;
                }
            }
        }

        private void Grow()
        {
            var slots = new Edge[_slots.Length * 2];
            foreach (var edge in _slots)
            {
                if (edge.Key != 0)
                    Insert(slots, edge.Key, edge.Target);
            }

            _slots = slots;
        }

        // Keys are never 0: they hold a node above the root (1 or more) in their upper bits.
        private static void Insert(Edge[] slots, long key, int value)
        {
            var mask = slots.Length - 1;
            var slot = Slot(key, mask);
            while (slots[slot].Key != 0)
                slot = (slot + 1) & mask;
            slots[slot] = new Edge(key, value);
        }

        private static int Slot(long key, int mask) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> 40) & mask;

        private readonly record struct Edge(long Key, int Target);
    }

    private static long Key(int node, char c) => ((long)node << 16) | c;

    private static int PairHash(char first, char second) => (int)((((uint)first * 0x9E3779B1u) ^ second) & (PairBits - 1));

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
