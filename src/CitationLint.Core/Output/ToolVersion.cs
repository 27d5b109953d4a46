using System.Reflection;

namespace CitationLint.Output;

/// <summary>
/// CitationLint's version as reports give it (JSON <c>tool.version</c>, SARIF <c>tool.driver.version</c>): the build's
/// informational version — <c>VersionPrefix</c>, with the <c>VersionSuffix</c> CI or a release sets (0.2.0-ci.41) —
/// without its <c>+commit</c> part. Every host (CLI, MSBuild task) reads it here, from the build they share.
/// </summary>
public static class ToolVersion
{
    /// <summary>This build's version.</summary>
    public static string Current { get; } = Read();

    private static string Read()
    {
        var version = typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+');
        return plus < 0 ? version : version.Substring(0, plus);
    }
}
