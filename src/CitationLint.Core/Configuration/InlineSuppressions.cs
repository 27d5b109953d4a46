using System.Text.RegularExpressions;
using CitationLint.Documents;
using CitationLint.Rules;

namespace CitationLint.Configuration;

/// <summary>
/// Inline switches in a document (design §8): <c>&lt;!-- citationlint-disable CL0003 --&gt;</c> … <c>&lt;!--
/// citationlint-enable --&gt;</c> (no IDs: every rule), <c>&lt;!-- citationlint-disable-next-line CL0003 --&gt;</c>
/// for the line that follows the comment, and <c>&lt;!-- citationlint-disable-line CL0003 --&gt;</c> for the comment's own
/// line (at its end, as markdownlint writes it).
/// </summary>
public sealed partial class InlineSuppressions
{
    private readonly List<(int Start, int End, HashSet<string>? Ids)> _regions = [];
    private readonly Dictionary<int, HashSet<string>?> _lines = [];

    private InlineSuppressions()
    {
    }

    /// <summary>Reads the switches of a document.</summary>
    public static InlineSuppressions Read(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = new InlineSuppressions();
        var open = new Dictionary<string, int>(StringComparer.Ordinal); // id ("*" = all) → region start
        foreach (Match match in Switch().Matches(document.Text))
        {
            var ids = match.Groups["ids"].Value.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var keys = ids.Length == 0 ? ["*"] : ids.Select(i => i.ToUpperInvariant()).ToArray();
            switch (match.Groups["verb"].Value)
            {
                case "disable-next-line":
                    result.SwitchOffLine(document.GetPosition(match.Index + match.Length).Line + 1, ids.Length == 0 ? null : keys);
                    break;
                case "disable-line":
                    result.SwitchOffLine(document.GetPosition(match.Index).Line, ids.Length == 0 ? null : keys);
                    break;
                case "disable":
                    foreach (var key in keys)
                        open.TryAdd(key, match.Index);
                    break;
                default: // enable
                    foreach (var key in ids.Length == 0 ? open.Keys.ToArray() : keys)
                    {
                        if (open.Remove(key, out var start))
                            result._regions.Add((start, match.Index, key == "*" ? null : [key]));
                    }

                    break;
            }
        }

        foreach (var (key, start) in open)
            result._regions.Add((start, int.MaxValue, key == "*" ? null : [key]));
        return result;
    }

    // A line's switches add up (one comment on the line, another on the line above); no IDs means every rule.
    private void SwitchOffLine(int line, string[]? ids)
    {
        if (ids is null || (_lines.TryGetValue(line, out var known) && known is null))
            _lines[line] = null;
        else if (known is not null)
            known.UnionWith(ids);
        else
            _lines[line] = [.. ids];
    }

    /// <summary>True when a diagnostic is switched off where it is.</summary>
    public bool Suppresses(Diagnostic diagnostic, SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        ArgumentNullException.ThrowIfNull(document);
        foreach (var (start, end, ids) in _regions)
        {
            if (diagnostic.Span.Start >= start && diagnostic.Span.Start < end && (ids is null || ids.Contains(diagnostic.Id)))
                return true;
        }

        var line = document.GetPosition(diagnostic.Span.Start).Line;
        return _lines.TryGetValue(line, out var lineIds) && (lineIds is null || lineIds.Contains(diagnostic.Id));
    }

#if NET7_0_OR_GREATER
    [GeneratedRegex(@"<!--\s*citationlint-(?<verb>disable-next-line|disable-line|disable|enable)(?<ids>(\s*,?\s*CL\d{4})*)\s*-->", RegexOptions.IgnoreCase)]
    private static partial Regex Switch();
#else
    private static readonly Regex SwitchRegex = new(@"<!--\s*citationlint-(?<verb>disable-next-line|disable-line|disable|enable)(?<ids>(\s*,?\s*CL\d{4})*)\s*-->", RegexOptions.IgnoreCase);

    private static Regex Switch() => SwitchRegex;
#endif
}
