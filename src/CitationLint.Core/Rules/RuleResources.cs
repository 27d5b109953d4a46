using System.Globalization;
using System.Resources;

namespace CitationLint.Rules;

/// <summary>
/// The rules' titles, descriptions and messages (RuleResources.resx in English, RuleResources.zh.resx in Chinese; see
/// <see cref="MessageLanguage"/>): the analyzer reads them through Roslyn's LocalizableResourceString, the CLI and the
/// MSBuild task through <see cref="Get"/>.
/// </summary>
public static class RuleResources
{
    /// <summary>The resources, for hosts that look texts up themselves (Roslyn's LocalizableResourceString).</summary>
    public static ResourceManager Manager { get; } = new("CitationLint.Rules.RuleResources", typeof(RuleResources).Assembly);

    /// <summary>The text of <paramref name="key"/> in <paramref name="culture"/>'s language, English where there is none.</summary>
    public static string Get(string key, CultureInfo culture) => MessageLanguage.Text(Manager, key, culture);
}
