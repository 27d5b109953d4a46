using System.Globalization;
using System.Resources;

namespace CitationLint.Rules;

/// <summary>
/// The rules' titles, descriptions and messages (RuleResources.resx in English, RuleResources.zh.resx in Chinese):
/// the analyzer reads them through Roslyn's LocalizableResourceString, the CLI and the MSBuild task through
/// <see cref="Get"/>. The Chinese file is for the neutral culture zh, which zh-CN, zh-Hans and zh-TW all fall back to:
/// a build with invariant globalization names zh-Hans "zh-HANS", and would miss a zh-Hans folder on a case-sensitive
/// file system.
/// </summary>
public static class RuleResources
{
    /// <summary>The culture of the Chinese texts.</summary>
    public static CultureInfo Chinese { get; } = CreateChinese();

    /// <summary>The resources, for hosts that look texts up themselves (Roslyn's LocalizableResourceString).</summary>
    public static ResourceManager Manager { get; } = new("CitationLint.Rules.RuleResources", typeof(RuleResources).Assembly);

    /// <summary>The text of <paramref name="key"/> in <paramref name="culture"/>'s language, English where there is none.</summary>
    public static string Get(string key, CultureInfo culture) =>
        Manager.GetString(key, IsChinese(culture) ? Chinese : CultureInfo.InvariantCulture)
        ?? throw new InvalidOperationException($"RuleResources has no text '{key}'");

    /// <summary>Whether texts for <paramref name="culture"/> are the Chinese ones (zh, zh-CN, zh-Hans, zh-TW …).</summary>
    public static bool IsChinese(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.Name.Equals("zh", StringComparison.OrdinalIgnoreCase) || culture.Name.StartsWith("zh-", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The culture a language name asks for: zh, zh-CN, zh-Hans, zh_CN.UTF-8 (a POSIX LANG) … are Chinese; en, C,
    /// POSIX and anything else English (the invariant culture). Null when <paramref name="name"/> is empty.
    /// </summary>
    public static CultureInfo? CultureOf(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return null;
        var language = name!.Trim();
        return language.Equals("zh", StringComparison.OrdinalIgnoreCase) || language.StartsWith("zh-", StringComparison.OrdinalIgnoreCase)
            || language.StartsWith("zh_", StringComparison.OrdinalIgnoreCase) || language.StartsWith("zh.", StringComparison.OrdinalIgnoreCase)
            ? Chinese
            : CultureInfo.InvariantCulture;
    }

    // zh by name even where the runtime has no culture data (a build with invariant globalization and
    // PredefinedCulturesOnly off): only the name picks the satellite resources.
    private static CultureInfo CreateChinese()
    {
        try
        {
            return CultureInfo.GetCultureInfo("zh");
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
