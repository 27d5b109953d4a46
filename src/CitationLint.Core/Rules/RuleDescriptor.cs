namespace CitationLint.Rules;

/// <summary>Severities as Roslyn has them; <see cref="None"/> turns a rule off.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Not reported.</summary>
    None,

    /// <summary>Reported to tools only, not shown.</summary>
    Silent,

    /// <summary>A suggestion (Roslyn's info).</summary>
    Suggestion,

    /// <summary>A warning.</summary>
    Warning,

    /// <summary>An error: the run exits with 1.</summary>
    Error,
}

/// <summary>
/// What a rule is (design §4): its ID, name, category, default severity and whether `--fix` applies its fixes. Each
/// rule class holds its own; the title, description and messages are texts of <see cref="RuleResources"/> under
/// "{Id}_…", in English and Chinese.
/// </summary>
/// <param name="Id">CL0001 …; never reused.</param>
/// <param name="Name">unknown-statute …</param>
/// <param name="Category">Resolution, Quotation, Versions, Syntax or Style.</param>
/// <param name="DefaultSeverity">Its severity unless configured.</param>
/// <param name="Fixable">Whether `check --fix` (and the editor's code fix) applies the fixes it offers: only unambiguous ones.</param>
public sealed record RuleDescriptor(string Id, string Name, string Category, DiagnosticSeverity DefaultSeverity, bool Fixable = false)
{
    /// <summary>docs/rules/{Id}.md, relative to the repository root (design §4).</summary>
    public string HelpLink => "docs/rules/" + Id + ".md";

    /// <summary>The rule's page in <paramref name="culture"/>'s language: docs/rules/zh-CN/{Id}.md in Chinese.</summary>
    public string HelpLinkIn(System.Globalization.CultureInfo culture) => MessageLanguage.IsChinese(culture) ? "docs/rules/zh-CN/" + Id + ".md" : HelpLink;

    /// <summary>The resource key of its title.</summary>
    public string TitleKey => Id + "_Title";

    /// <summary>The resource key of its description.</summary>
    public string DescriptionKey => Id + "_Description";

    /// <summary>A short title, in English.</summary>
    public string Title => TitleIn(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>What it flags, in one or two sentences, in English.</summary>
    public string Description => DescriptionIn(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The title in <paramref name="culture"/>'s language.</summary>
    public string TitleIn(System.Globalization.CultureInfo culture) => RuleResources.Get(TitleKey, culture);

    /// <summary>The description in <paramref name="culture"/>'s language.</summary>
    public string DescriptionIn(System.Globalization.CultureInfo culture) => RuleResources.Get(DescriptionKey, culture);
}
