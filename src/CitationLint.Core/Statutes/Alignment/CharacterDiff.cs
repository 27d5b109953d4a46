namespace CitationLint.Statutes.Alignment;

/// <summary>One run of a character diff: text both share, or only the first (deleted) or second (inserted) has.</summary>
public readonly record struct DiffRun(DiffKind Kind, string Text);

/// <summary>What a diff run is.</summary>
public enum DiffKind
{
    /// <summary>In both texts.</summary>
    Same,

    /// <summary>Only in the first text.</summary>
    Deleted,

    /// <summary>Only in the second text.</summary>
    Inserted,
}

/// <summary>A character-level diff (longest common subsequence) for showing a quote against the statute's text.</summary>
public static class CharacterDiff
{
    /// <summary>The runs turning <paramref name="first"/> into <paramref name="second"/>; empty when too large to compute.</summary>
    public static IReadOnlyList<DiffRun> Compute(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if ((long)first.Length * second.Length > 4_000_000)
            return [];
        var lcs = new int[first.Length + 1, second.Length + 1];
        for (var i = first.Length - 1; i >= 0; i--)
        {
            for (var j = second.Length - 1; j >= 0; j--)
                lcs[i, j] = first[i] == second[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        }

        var runs = new List<DiffRun>();
        var current = new System.Text.StringBuilder();
        var kind = DiffKind.Same;
        int x = 0, y = 0;
        while (x < first.Length || y < second.Length)
        {
            DiffKind next;
            char c;
            if (x < first.Length && y < second.Length && first[x] == second[y])
            {
                next = DiffKind.Same;
                c = first[x++];
                y++;
            }
            else if (y >= second.Length || (x < first.Length && lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                next = DiffKind.Deleted;
                c = first[x++];
            }
            else
            {
                next = DiffKind.Inserted;
                c = second[y++];
            }

            if (next != kind && current.Length > 0)
            {
                runs.Add(new DiffRun(kind, current.ToString()));
                current.Clear();
            }

            kind = next;
            current.Append(c);
        }

        if (current.Length > 0)
            runs.Add(new DiffRun(kind, current.ToString()));
        return runs;
    }
}
