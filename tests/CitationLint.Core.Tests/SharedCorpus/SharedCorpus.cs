namespace CitationLint.Core.Tests.SharedCorpus;

/// <summary>
/// The folder ../shared beside the repository (statute sources and seed articles). It is not part of the
/// repository; tests that read it are named SharedCorpus_… or SharedSeeds_… and skip, saying why, where it is absent.
/// </summary>
internal static class SharedCorpus
{
    public static readonly string? Root = Locate();

    public static string SkipReason => "../shared (statute sources and seed articles) is not next to this clone; this test reads it.";

    public static string StatuteSources => Path.Combine(Root!, "statutes-src");

    public static string Seeds => Path.Combine(Root!, "corpus", "seeds");

    /// <summary>The repository root (the folder holding CitationLint.sln).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The bundled statute texts (statutes/laws, in the repository), one folder per law.</summary>
    public static string BundledLaws => Path.Combine(RepositoryRoot, "statutes", "laws");

    /// <summary>Every bundled statute text, in ordinal path order.</summary>
    public static string[] BundledStatuteTexts() =>
        Directory.GetFiles(BundledLaws, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();

    private static string? Locate()
    {
        var shared = Path.GetFullPath(Path.Combine(FindRepositoryRoot(), "..", "shared"));
        return Directory.Exists(Path.Combine(shared, "statutes-src")) ? shared : null;
    }

    private static string FindRepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CitationLint.sln")))
            folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("CitationLint.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact that reads ../shared: skipped, with the reason shown, where it is absent.</summary>
internal sealed class SharedCorpusFactAttribute : CitationLint.Tests.SkippableFactAttribute
{
    public SharedCorpusFactAttribute([System.Runtime.CompilerServices.CallerMemberName] string test = "")
        : base(test)
    {
        if (SharedCorpus.Root is null)
            SkipBecause(SharedCorpus.SkipReason);
    }
}
