using CitationLint.Syntax;

namespace CitationLint.Statutes.Table;

/// <summary>Why a <see cref="ProvisionLookup"/> found no provision.</summary>
public enum LookupFailure
{
    /// <summary>It found one.</summary>
    None,

    /// <summary>No law answers to the name (<see cref="LawLookup.Suggestion"/> may name the closest).</summary>
    UnknownLaw,

    /// <summary>The article is not a number (1032, 一千零三十二, 第1032条, 293-1, 293之一).</summary>
    NotAnArticle,

    /// <summary>The law is known by name only: the table holds no text of it.</summary>
    NameOnly,

    /// <summary>The version that applies (or every version, when none does) has no such article.</summary>
    NoSuchArticle,
}

/// <summary>
/// A law looked up by a name as a person writes it — official title, short title, abbreviation, a clear misspelling —
/// matched as a citation's name is (<see cref="StatuteTable.Match"/>), with the suggestion CL0001 would give when none
/// matches (<see cref="StatuteTable.ClosestTitle"/>). <c>citationlint lookup</c> and the MCP server's tools read it.
/// </summary>
/// <param name="Name">The name as given.</param>
/// <param name="Match">The law it stands for and how it matched; null when none.</param>
/// <param name="Suggestion">For a name no law answers to: the law one would suggest, if one stands out.</param>
public sealed record LawLookup(string Name, NameMatch? Match, Statute? Suggestion)
{
    /// <summary>Looks <paramref name="name"/> up in <paramref name="table"/>.</summary>
    public static LawLookup Find(StatuteTable table, string name)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(name);
        var match = table.Match(name);
        return new LawLookup(name, match, match is null ? table.ClosestTitle(name) : null);
    }
}

/// <summary>One version of a law with its counterpart of a provision (null where that version has none).</summary>
/// <param name="Version">The version.</param>
/// <param name="Provision">The provision's counterpart in it, following the renumbering maps; null for none.</param>
public readonly record struct ProvisionInVersion(StatuteVersion Version, Provision? Provision);

/// <summary>
/// An article of a law looked up by name and number, in the version a date names (or the one in force today): what
/// <c>citationlint lookup</c> prints and the MCP server's <c>lookup_provision</c> returns.
/// </summary>
/// <param name="Law">How the name was matched.</param>
/// <param name="Failure">Why nothing was found, or <see cref="LookupFailure.None"/>.</param>
/// <param name="Article">The article number, when the text is one.</param>
/// <param name="Version">The version chosen; null when none applies (a date before the law's first version).</param>
/// <param name="Provision">The article in <paramref name="Version"/>, when it has it.</param>
public sealed record ProvisionLookup(LawLookup Law, LookupFailure Failure, ArticleNumber? Article, StatuteVersion? Version, Provision? Provision)
{
    /// <summary>
    /// Looks up <paramref name="articleText"/> of the law named <paramref name="lawName"/>: in the version
    /// <paramref name="date"/> names (<see cref="Statute.VersionFor"/>: the one dated that day, else the one in force
    /// then), else in the one in force on <paramref name="today"/> (its first, before any was).
    /// </summary>
    public static ProvisionLookup Find(StatuteTable table, string lawName, string articleText, DateOnly? date, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(articleText);
        var law = LawLookup.Find(table, lawName);
        if (law.Match is not { Statute: var statute })
            return new ProvisionLookup(law, LookupFailure.UnknownLaw, null, null, null);
        if (ParseArticle(articleText) is not { } number)
            return new ProvisionLookup(law, LookupFailure.NotAnArticle, null, null, null);
        if (statute.NameOnly || statute.Versions.Count == 0)
            return new ProvisionLookup(law, LookupFailure.NameOnly, number, null, null);
        var version = date is { } day ? statute.VersionFor(day) : statute.InForceOn(today) ?? statute.Versions[0];
        return version?.Find(number) is { } provision
            ? new ProvisionLookup(law, LookupFailure.None, number, version, provision)
            : new ProvisionLookup(law, LookupFailure.NoSuchArticle, number, version, null);
    }

    /// <summary>The law, when the name matched one.</summary>
    public Statute? Statute => Law.Match?.Statute;

    /// <summary>
    /// The provision in every version of its law, oldest first: its number (and text) in each, or none where a
    /// version has no counterpart. Empty when nothing was found.
    /// </summary>
    public IReadOnlyList<ProvisionInVersion> History
    {
        get
        {
            if (Provision is not { } provision)
                return [];
            var chain = provision.History;
            var history = new List<ProvisionInVersion>();
            foreach (var version in provision.Version.Statute.Versions)
            {
                Provision? counterpart = null;
                foreach (var p in chain)
                {
                    if (p.Version == version)
                        counterpart = p;
                }

                history.Add(new ProvisionInVersion(version, counterpart));
            }

            return history;
        }
    }

    /// <summary>For a repealed law: the successor law's article that carries the provision on, from its last version.</summary>
    public Provision? Successor => Provision is { } provision ? provision.History[^1].Successor : null;

    /// <summary>1032, １０３２, 一千零三十二, 第1032条, 293-1, 293之一, 第二百九十三条之一; null for anything else.</summary>
    public static ArticleNumber? ParseArticle(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        if (text.Length > 0 && text[0] == '第')
            text = text.Substring(1);
        text = text.Replace("条之", "之").TrimEnd('条', '條');
        var sub = 0;
        var split = text.IndexOfAny(['-', '之']);
        if (split > 0)
        {
            if (!ChineseNumeral.TryParse(text.AsSpan(split + 1), out sub))
                return null;
            text = text.Substring(0, split);
        }

        return ChineseNumeral.TryParse(text.AsSpan(), out var number) ? new ArticleNumber(number, sub) : null;
    }
}
