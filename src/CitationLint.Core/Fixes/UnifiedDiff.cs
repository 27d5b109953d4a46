using System.Text;

namespace CitationLint.Fixes;

/// <summary>
/// A unified diff of two versions of a file whose fixes replace text within lines (line breaks never change), for
/// `check --fix --dry-run`.
/// </summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>The diff, or an empty string when the texts are equal.</summary>
    public static string Create(string path, string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = before.Split('\n');
        var now = after.Split('\n');
        if (old.Length != now.Length)
            throw new ArgumentException("Fixes change text within lines; the line count must stay the same.", nameof(after));
        var changed = new List<int>();
        for (var i = 0; i < old.Length; i++)
        {
            if (old[i] != now[i])
                changed.Add(i);
        }

        if (changed.Count == 0)
            return "";
        var diff = new StringBuilder();
        diff.Append("--- a/").Append(path).Append('\n').Append("+++ b/").Append(path).Append('\n');
        var index = 0;
        while (index < changed.Count)
        {
            // A hunk: changed lines closer than twice the context share one.
            var first = changed[index];
            var last = first;
            while (index + 1 < changed.Count && changed[index + 1] - last <= 2 * Context)
                last = changed[++index];
            index++;
            var start = Math.Max(0, first - Context);
            var end = Math.Min(old.Length - 1, last + Context);
            var length = end - start + 1;
            diff.Append("@@ -").Append(start + 1).Append(',').Append(length).Append(" +").Append(start + 1).Append(',').Append(length).Append(" @@\n");
            for (var line = start; line <= end; line++)
            {
                if (old[line] == now[line])
                {
                    diff.Append(' ').Append(old[line].TrimEnd('\r')).Append('\n');
                }
                else
                {
                    diff.Append('-').Append(old[line].TrimEnd('\r')).Append('\n');
                    diff.Append('+').Append(now[line].TrimEnd('\r')).Append('\n');
                }
            }
        }

        return diff.ToString();
    }
}
