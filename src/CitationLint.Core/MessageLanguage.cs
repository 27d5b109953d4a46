using System.Globalization;
using System.Resources;

namespace CitationLint;

/// <summary>
/// The two languages CitationLint speaks: English (the invariant culture, the default) and Chinese (any zh culture).
/// Texts live in .resx files with a .zh.resx beside each: the neutral culture zh, which zh-CN, zh-Hans and zh-TW all
/// fall back to (a build with invariant globalization names zh-Hans "zh-HANS" and would miss a zh-Hans folder on a
/// case-sensitive file system).
/// </summary>
public static class MessageLanguage
{
    /// <summary>The culture of the Chinese texts.</summary>
    public static CultureInfo Chinese { get; } = CreateChinese();

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

    /// <summary>The text <paramref name="key"/> of <paramref name="texts"/> in <paramref name="culture"/>'s language, English where there is none.</summary>
    public static string Text(ResourceManager texts, string key, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.GetString(key, IsChinese(culture) ? Chinese : CultureInfo.InvariantCulture)
            ?? throw new InvalidOperationException($"{texts.BaseName} has no text '{key}'");
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
