using System.Globalization;
using CitationLint.Statutes.Table;

namespace CitationLint.Rules;

/// <summary>
/// A message, or a piece of one, as a text of <see cref="RuleResources"/> and its arguments: formatted in a reader's
/// language only when shown, so one finding reads alike in English and Chinese and a baseline written in one matches
/// the other (it keeps the English). Arguments may be messages, <see cref="RuleMessageList"/>s or plain values.
/// </summary>
public sealed class RuleMessage
{
    /// <summary>The text <paramref name="key"/> with its arguments.</summary>
    public RuleMessage(string key, params object?[] arguments)
    {
        Key = key ?? throw new ArgumentNullException(nameof(key));
        Arguments = arguments ?? [];
    }

    /// <summary>The resource key.</summary>
    public string Key { get; }

    /// <summary>The arguments of its {0}, {1} …</summary>
    public IReadOnlyList<object?> Arguments { get; }

    /// <summary>A date: 2024-01-01 in English, 2024年1月1日 in Chinese.</summary>
    public static RuleMessage Date(DateOnly date) => new("Date", date.Year, date.Month, date.Day);

    /// <summary>A version of a law: its date in English (2023-09-01), its year and kind in Chinese (2023年修正).</summary>
    public static RuleMessage Version(StatuteVersion version) =>
        new(version.Kind is "修正" or "修订" ? "VersionRevised" : "VersionOriginal", version.Date.Year, version.Date.Month, version.Date.Day, version.Kind);

    /// <summary>The message in <paramref name="culture"/>'s language.</summary>
    public string Format(CultureInfo culture)
    {
        var arguments = new object?[Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
            arguments[i] = Render(Arguments[i], culture);
        return string.Format(culture, RuleResources.Get(Key, culture), arguments);
    }

    /// <summary>The message in English.</summary>
    public override string ToString() => Format(CultureInfo.InvariantCulture);

    internal static object? Render(object? argument, CultureInfo culture) => argument switch
    {
        RuleMessage message => message.Format(culture),
        RuleMessageList list => list.Format(culture),
        _ => argument,
    };
}

/// <summary>Items joined by the text <paramref name="SeparatorKey"/> of <see cref="RuleResources"/> (, in English, 、 in Chinese).</summary>
public sealed record RuleMessageList(string SeparatorKey, IReadOnlyList<object?> Items)
{
    /// <summary>The items in <paramref name="culture"/>'s language, joined.</summary>
    public string Format(CultureInfo culture)
    {
        var parts = new string?[Items.Count];
        for (var i = 0; i < parts.Length; i++)
            parts[i] = Convert.ToString(RuleMessage.Render(Items[i], culture), culture);
        return string.Join(RuleResources.Get(SeparatorKey, culture), parts);
    }
}
