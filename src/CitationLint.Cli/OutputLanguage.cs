using System.CommandLine;
using System.Globalization;
using System.Resources;
using CitationLint.Rules;
using CitationLint.Statutes.Table;

namespace CitationLint.Cli;

/// <summary>
/// The language a run speaks — the one place the command line decides it, and the CLI's own texts
/// (CliResources.resx, CliResources.zh.resx) in it. <c>--lang</c>, else <c>CITATIONLINT_LANG</c>, else the POSIX locale
/// variables in their own precedence (<c>LC_ALL</c>, <c>LC_MESSAGES</c>, <c>LANG</c>; an empty one counts as unset),
/// else the UI culture; Chinese when the first of them that says anything names a zh locale
/// (<see cref="MessageLanguage.CultureOf"/>), English otherwise. The tool runs with invariant globalization, so its UI
/// culture is the invariant one and the variables are read here, not through .NET.
/// </summary>
internal sealed class OutputLanguage
{
    /// <summary>The environment variable that sets the language when <c>--lang</c> does not.</summary>
    public const string EnvironmentVariable = "CITATIONLINT_LANG";

    /// <summary>Where the language is looked for after <c>--lang</c>, first to last.</summary>
    public static readonly string[] Variables = [EnvironmentVariable, "LC_ALL", "LC_MESSAGES", "LANG"];

    private static readonly ResourceManager Texts = new("CitationLint.Cli.CliResources", typeof(OutputLanguage).Assembly);

    private OutputLanguage(CultureInfo culture) => Culture = culture;

    /// <summary>English, the default.</summary>
    public static OutputLanguage English { get; } = new(CultureInfo.InvariantCulture);

    /// <summary>Chinese.</summary>
    public static OutputLanguage Chinese { get; } = new(MessageLanguage.Chinese);

    /// <summary>The culture handed to the checker and the formatters.</summary>
    public CultureInfo Culture { get; }

    /// <summary>The <c>--lang</c> option, for each verb that prints messages.</summary>
    public static Option<string?> CreateOption()
    {
        var option = new Option<string?>("--lang")
        {
            Description = $"The language of messages and reports: zh-CN (Chinese) or en (English). Default: ${EnvironmentVariable}, else the locale (LC_ALL, LC_MESSAGES, LANG); English unless it is Chinese.",
            HelpName = "zh-CN|en",
        };
        option.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value: var value }] && !IsLanguageName(value))
                result.AddError($"--lang '{value}' is not a language this tool speaks: use zh-CN or en.");
        });
        return option;
    }

    /// <summary>
    /// The language of a run: <paramref name="option"/> (--lang) if given, else the first of <see cref="Variables"/>
    /// that <paramref name="environment"/> has a value for, else <paramref name="uiCulture"/>.
    /// </summary>
    public static OutputLanguage Choose(string? option, Func<string, string?> environment, CultureInfo uiCulture)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(uiCulture);
        var culture = MessageLanguage.CultureOf(option);
        foreach (var variable in Variables)
            culture ??= MessageLanguage.CultureOf(environment(variable));
        return MessageLanguage.IsChinese(culture ?? uiCulture) ? Chinese : English;
    }

    /// <summary>The language of this process: <paramref name="option"/> (--lang), else its environment and UI culture.</summary>
    public static OutputLanguage Of(string? option) => Choose(option, Environment.GetEnvironmentVariable, CultureInfo.CurrentUICulture);

    /// <summary>Whether <c>--lang</c> takes <paramref name="name"/>: en and zh, with or without a region or script (zh-CN, zh-Hans, en-US).</summary>
    public static bool IsLanguageName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var language in (ReadOnlySpan<string>)["en", "zh"])
        {
            if (name.Equals(language, StringComparison.OrdinalIgnoreCase)
                || (name.Length > 3 && name.StartsWith(language, StringComparison.OrdinalIgnoreCase) && name[2] is '-' or '_'))
                return true;
        }

        return false;
    }

    /// <summary>The CLI's text <paramref name="key"/>, formatted with <paramref name="arguments"/>.</summary>
    public string Text(string key, params object?[] arguments) =>
        string.Format(Culture, MessageLanguage.Text(Texts, key, Culture), arguments);

    /// <summary><c>citationlint: error: …</c>, in this language.</summary>
    public string Error(string message) => Text("ErrorLine", message);

    /// <summary><c>citationlint: warning: …</c>, in this language.</summary>
    public string Warning(string message) => Text("WarningLine", message);

    /// <summary><c>citationlint: note: …</c>, in this language.</summary>
    public string Note(string message) => Text("NoteLine", message);

    /// <summary>A date: 2024-01-01 in English, 2024年1月1日 in Chinese.</summary>
    public string Date(DateOnly date) => RuleMessage.Date(date).Format(Culture);

    /// <summary>A version of a law: its date in English (2023-09-01), its year and kind in Chinese (2023年修正).</summary>
    public string Version(StatuteVersion version) => RuleMessage.Version(version).Format(Culture);
}
