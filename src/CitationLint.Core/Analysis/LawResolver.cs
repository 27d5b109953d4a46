using CitationLint.Statutes.Table;
using CitationLint.Syntax;

namespace CitationLint.Analysis;

/// <summary>
/// Resolves a law name as written to a law of the statute table, and picks the version a citation is judged
/// against (design §5): the version its text pins (2017年修正, 旧/新), else the version in force on the document's
/// date; a document dated before the law took effect is judged against its first version.
/// </summary>
public sealed class LawResolver(StatuteTable table)
{
    /// <summary>The law and version for a name, or (null, null) when the name matches no law.</summary>
    public (Statute? Statute, StatuteVersion? Version) Resolve(string? name, VersionQualifier? qualifier, DateOnly documentDate)
    {
        // A misspelt name one law clearly answers to is that law (CL0008 says so): its articles are checked as usual.
        if (name is null || table.Match(name) is not { Statute: var statute })
            return (null, null);
        var versions = statute.Versions;
        if (versions.Count == 0)
            return (statute, null); // known by name only
        var inForce = statute.InForceOn(documentDate) ?? versions[0];
        var version = qualifier switch
        {
            { Year: { } year } => statute.VersionOfYear(year) ?? inForce,
            { Text: "旧" or "原" } => Previous(versions, inForce) ?? inForce,
            { Text: "新" or "现行" } => versions[^1],
            _ => inForce,
        };
        return (statute, version);
    }

    private static StatuteVersion? Previous(IReadOnlyList<StatuteVersion> versions, StatuteVersion version)
    {
        for (var i = 1; i < versions.Count; i++)
        {
            if (versions[i] == version)
                return versions[i - 1];
        }

        return null;
    }
}
