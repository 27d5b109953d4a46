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

/// <summary>What a rule is: its ID, name, texts, category, default severity and help link (design §4).</summary>
/// <param name="Id">CL0001 …; never reused.</param>
/// <param name="Name">unknown-statute …</param>
/// <param name="Title">A short title.</param>
/// <param name="MessageFormat">The message, with {0}, {1} … placeholders.</param>
/// <param name="Description">What it flags, in one or two sentences.</param>
/// <param name="Category">Resolution, Quotation, Versions, Syntax or Style.</param>
/// <param name="DefaultSeverity">Its severity unless configured.</param>
public sealed record RuleDescriptor(
    string Id, string Name, string Title, string MessageFormat, string Description, string Category, DiagnosticSeverity DefaultSeverity)
{
    /// <summary>docs/rules/{Id}.md, relative to the repository root (design §4).</summary>
    public string HelpLink => "docs/rules/" + Id + ".md";

    /// <summary>The only way descriptors are made: the help link is computed, never written by hand.</summary>
    public static RuleDescriptor Create(
        string id, string name, string title, string messageFormat, string description, string category, DiagnosticSeverity defaultSeverity) =>
        new(id, name, title, messageFormat, description, category, defaultSeverity);
}
