using System.Reflection;

namespace CitationLint.MSBuild.Tests;

/// <summary>
/// Packs CitationLint.MSBuild, the citationlint tool and the analyzer once per test run into a temporary local feed, as
/// CI packs what it tested: the assemblies these tests were built with (their configuration and version — in CI
/// 0.2.0-ci.&lt;height&gt;), packed without building again. Rebuilding them in Release with a suffix of the run's own cost
/// ~110 s of a 4-minute test budget and proved nothing more: the content repos restore into a package folder of this
/// run's own, so no NuGet cache can serve another build under the same version.
/// </summary>
public sealed class PackagedFeed : IDisposable
{
    public PackagedFeed()
    {
        Root = Directory.CreateTempSubdirectory("citationlint-e2e-").FullName;
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        var built = typeof(LintCache).Assembly; // not the task: its base type is MSBuild's, absent here
        Version = built.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
        var suffix = Version.Contains('-') ? Version[(Version.IndexOf('-') + 1)..] : "";
        var configuration = built.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        // The test project references all three, so they are built before the tests run.
        foreach (var project in new[] { "src/CitationLint.MSBuild/CitationLint.MSBuild.csproj", "src/CitationLint.Cli/CitationLint.Cli.csproj", "src/CitationLint.Analyzers/CitationLint.Analyzers.csproj" })
        {
            var (exitCode, output) = Run(RepositoryRoot, isolated: false, "dotnet", "pack", Path.Combine(RepositoryRoot, project), "-c", configuration, "--no-build", "-o", Feed, $"-p:VersionSuffix={suffix}");
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
