namespace CitationLint.Statutes.Table;

/// <summary>The layout constants of the compiled statute table, shared by its writer and its reader.</summary>
public static class StatuteTableFormat
{
    /// <summary>"CLST".</summary>
    public const int Magic = 0x54534C43;

    /// <summary>Bumped whenever the layout changes.</summary>
    public const int Version = 5;

    /// <summary>int32 fields per record.</summary>
    public const int LawFields = 11, VersionFields = 10, ArticleFields = 11, HeaderFields = 13;
}
