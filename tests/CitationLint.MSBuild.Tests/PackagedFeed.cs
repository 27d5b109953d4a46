namespace CitationLint.MSBuild.Tests;

/// <summary>
/// Packs CitationLint.MSBuild, the citationlint tool and the analyzer once per test run into a temporary local feed,
/// as a release or CI would: the repository's VersionPrefix with a suffix of this run's own (0.2.0-e2e.20261201093000),
/// so no NuGet cache can serve an older build under its version; the content repos restore into a package folder of
/// this run's own too.
/// </summary>
public sealed class PackagedFeed : IDisposable
{
    public PackagedFeed()
    {
        Root = Directory.CreateTempSubdirectory("citationlint-e2e-").FullName;
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        var suffix = $"e2e.{DateTime.UtcNow:yyyyMMddHHmmss}";
        var prefix = System.Xml.Linq.XDocument.Load(Path.Combine(RepositoryRoot, "Directory.Build.props")).Descendants("VersionPrefix").Single().Value;
        Version = $"{prefix}-{suffix}";
        foreach (var project in new[] { "src/CitationLint.MSBuild/CitationLint.MSBuild.csproj", "src/CitationLint.Cli/CitationLint.Cli.csproj", "src/CitationLint.Analyzers/CitationLint.Analyzers.csproj" })
        {
            // The repository is already restored (the tests were built from it); the pack must not restore it again
            // with this run's package folder, or the repository's obj/ would point at a folder about to be deleted.
            var (exitCode, output) = Run(RepositoryRoot, isolated: false, "dotnet", "pack", Path.Combine(RepositoryRoot, project), "-c", "Release", "--no-restore", "-o", Feed, $"-p:VersionSuffix={suffix}");
            if (exitCode != 0)
                throw new InvalidOperationException($"dotnet pack {project} failed:\n{output}");
        }
    }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public string Root { get; }

    public string Feed { get; }

    /// <summary>A NuGet package folder of this run's own, so the packages are restored from this feed.</summary>
    public string Packages { get; }

    public string Version { get; }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    /// <summary>A content repo: the one small project file a repository without C# needs, and a nuget.config.</summary>
    public string CreateContentRepo(string name) => CreateRepo(name, "Microsoft.Build.NoTargets/3.7.0", "CitationLint.MSBuild");

    /// <summary>A C# project using the analyzer package.</summary>
    public string CreateCSharpProject(string name) => CreateRepo(name, "Microsoft.NET.Sdk", "CitationLint.Analyzers");

    private string CreateRepo(string name, string sdk, string package)
    {
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "articles.csproj"), $"""
            <Project Sdk="{sdk}">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{package}" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="citationlint-e2e" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(folder, ".editorconfig"), "root = true\n");
        return folder;
    }

    public (int ExitCode, string Output) Build(string folder, params string[] arguments) =>
        Run(folder, "dotnet", ["build", "-nologo", "-v:n", .. arguments]);

    public (int ExitCode, string Output) Run(string folder, string program, params string[] arguments) =>
        Run(folder, isolated: true, program, arguments);

    // isolated: restore into this run's own package folder (content repos), not the machine's.
    private (int ExitCode, string Output) Run(string folder, bool isolated, string program, params string[] arguments)
    {
        var environment = new Dictionary<string, string> { ["MSBUILDDISABLENODEREUSE"] = "1", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" };
        if (isolated)
            environment["NUGET_PACKAGES"] = Packages;
        var (exitCode, output, errors) = CitationLint.Cli.Tests.Tools.Run(program, arguments, folder, environment);
        return (exitCode, output + errors);
    }

    private static string FindRepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CitationLint.sln")))
            folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("CitationLint.sln not found");
    }
}

[CollectionDefinition(Name)]
public sealed class PackagedFeedGroup : ICollectionFixture<PackagedFeed>
{
    public const string Name = "packaged feed";
}
