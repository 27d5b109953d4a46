using System.CommandLine;
using CitationLint.Documents;

namespace CitationLint.Cli.Commands;

/// <summary>
/// The arguments and options of the verbs that check documents (check, baseline, report): the paths (files, folders,
/// globs, <c>-</c>), <c>--files-from</c>, <c>--no-ignore</c>, <c>--stdin-path</c> and <c>--allow-empty</c>.
/// </summary>
internal sealed class InputOptions
{
    private readonly Argument<string[]> _paths = Operands.Paths(
        "paths",
        "Files, folders, globs ('docs/**/*.md', quoted) and - (one document from standard input). Folders and globs take *.md, *.markdown and *.txt files, recursively, skipping bin/, obj/, node_modules/ and what .gitignore and .citationlintignore files ignore; a file named is always read.");

    private readonly Option<string?> _filesFrom = new("--files-from")
    {
        HelpName = "FILE",
        Description = "Also check the paths listed in this file (- for standard input), one a line, each as if given on the command line (a file is checked as named; a folder or glob is walked with the ignore files), relative to the current folder. Blank lines are skipped.",
    };

    private readonly Option<bool> _noIgnore = new("--no-ignore")
    {
        Description = "Walk folders and globs without reading .gitignore and .citationlintignore files.",
    };

    private readonly Option<string?> _stdinPath = new("--stdin-path")
    {
        Description = "The path standard input (-) stands for: the name findings give, and the file whose .editorconfig settings, baseline entries and format (*.txt plain text, else Markdown) apply. Default: <stdin>, Markdown.",
    };

    private readonly Option<bool> _allowEmpty = new("--allow-empty")
    {
        Description = "Pass when the paths hold no file to check (*.md, *.markdown, *.txt; a glob that matches none); without it that is a warning and exit code 2.",
    };

    /// <summary>Adds them to a verb.</summary>
    public void AddTo(Command command)
    {
        command.Add(_paths);
        command.Add(_filesFrom);
        command.Add(_noIgnore);
        command.Add(_stdinPath);
        command.Add(_allowEmpty);
    }

    /// <summary>What the command line gave.</summary>
    public Inputs Read(ParseResult result) =>
        new(result.GetValue(_paths) ?? [], !result.GetValue(_noIgnore), result.GetValue(_stdinPath), result.GetValue(_allowEmpty))
        {
            FilesFrom = result.GetValue(_filesFrom),
        };
}

/// <summary>What a run reads.</summary>
/// <param name="Paths">Files, folders, globs and <c>-</c>, as given (<see cref="InputFiles"/>).</param>
/// <param name="UseIgnoreFiles">Whether folder walks read .gitignore and .citationlintignore (not with --no-ignore).</param>
/// <param name="StandardInputPath">The path standard input stands for (--stdin-path), if given.</param>
/// <param name="AllowEmpty">Whether paths holding no file to check are fine (--allow-empty), not a warning and exit code 2.</param>
internal sealed record Inputs(IReadOnlyList<string> Paths, bool UseIgnoreFiles = true, string? StandardInputPath = null, bool AllowEmpty = false)
{
    /// <summary>A file listing more paths, one a line (--files-from), or <c>-</c> for a list on standard input.</summary>
    public string? FilesFrom { get; init; }

    /// <summary>The name the list goes by in messages.</summary>
    public string FilesFromName => FilesFrom == InputFiles.StandardInput ? "<stdin>" : FilesFrom ?? "";

    /// <summary>What the run was asked to check, for messages: the paths and the list.</summary>
    public string Named => string.Join(", ", FilesFrom is null ? Paths : [.. Paths, "--files-from " + FilesFromName]);

    /// <summary>Whether one of the paths is <c>-</c>.</summary>
    public bool ReadsStandardInput => Paths.Contains(InputFiles.StandardInput);

    /// <summary>The path standard input's document goes by.</summary>
    public string StandardInputName => StandardInputPath ?? "<stdin>";

    /// <summary>How standard input's document is read: by its path's extension (--stdin-path), else as Markdown.</summary>
    public DocumentFormat StandardInputFormat => DocumentReader.FormatOf(StandardInputName) ?? DocumentFormat.Markdown;

    /// <summary>False, with a usage error written in <paramref name="language"/>, when the paths and options do not go together.</summary>
    public bool Validate(TextWriter errors, OutputLanguage language)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(language);
        var problem = Paths.Count == 0 && FilesFrom is null ? "NoPaths"
            : FilesFrom == InputFiles.StandardInput && ReadsStandardInput ? "FilesFromAndStandardInput"
            : StandardInputPath is not null && !ReadsStandardInput ? "StdinPathWithoutDash"
            : null;
        if (problem is null)
            return true;
        errors.WriteLine(language.Error(language.Text(problem)));
        return false;
    }
}
