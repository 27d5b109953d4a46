using MAB.DotIgnore;

namespace CitationLint.Cli.Commands;

/// <summary>
/// The <c>.gitignore</c> and <c>.citationlintignore</c> rules in force while a folder is walked, as markdownlint-cli2
/// and ESLint honour them: a file's patterns apply to its own folder and below, relative to it, and the files in the
/// repository's folders above the walked folder apply too. Patterns are matched by MAB.DotIgnore (git's wildmatch);
/// as in git, the last pattern that matches decides — a nearer file's after a farther one's, and
/// <c>.citationlintignore</c> after <c>.gitignore</c> in the same folder, so its <c>!pattern</c> can take back what
/// git ignores.
/// </summary>
internal sealed class IgnoreRules
{
    /// <summary>The ignore files, in the order their rules apply within one folder.</summary>
    public static readonly string[] FileNames = [".gitignore", ".citationlintignore"];

    /// <summary>No rules, and none read on the way down (<c>--no-ignore</c>).</summary>
    public static readonly IgnoreRules None = new([], null);

    // Git's own matching follows the file system: case-insensitive where names are (core.ignoreCase).
    private static readonly MatchFlags Flags = OperatingSystem.IsLinux() ? MatchFlags.PATHNAME : MatchFlags.PATHNAME | MatchFlags.CASEFOLD;

    private readonly (string Folder, IgnoreList List)[] _levels;
    private readonly List<string>? _problems;

    private IgnoreRules((string Folder, IgnoreList List)[] levels, List<string>? problems)
    {
        _levels = levels;
        _problems = problems;
    }

    /// <summary>
    /// The rules for walking <paramref name="folder"/>: its own ignore files and those of the repository's folders
    /// above it (<see cref="RepositoryFolders"/>). An ignore file that cannot be read is added to
    /// <paramref name="problems"/>, naming it.
    /// </summary>
    public static IgnoreRules ForFolder(string folder, List<string> problems)
    {
        var rules = new IgnoreRules([], problems);
        var folders = RepositoryFolders.UpFrom(folder);
        for (var i = folders.Count - 1; i >= 0; i--)
            rules = rules.Enter(folders[i]);
        return rules;
    }

    /// <summary>The rules inside <paramref name="folder"/> (a full path): these, and its own ignore files'.</summary>
    public IgnoreRules Enter(string folder)
    {
        if (_problems is null)
            return this;
        List<(string, IgnoreList)>? added = null;
        foreach (var name in FileNames)
        {
            var file = Path.Combine(folder, name);
            if (!File.Exists(file))
                continue;
            try
            {
                (added ??= []).Add((folder, new IgnoreList(file, Flags)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _problems.Add($"{file}: {e.Message}");
            }
        }

        return added is null ? this : new IgnoreRules([.. _levels, .. added], _problems);
    }

    /// <summary>Whether the file or folder at <paramref name="fullPath"/> is ignored.</summary>
    public bool Ignores(string fullPath, bool isFolder)
    {
        var ignored = false;
        foreach (var (folder, list) in _levels)
        {
            var relative = Path.GetRelativePath(folder, fullPath).Replace('\\', '/');
            foreach (var rule in list.Rules)
            {
                if (rule.IsMatch(relative, isFolder))
                    ignored = (rule.PatternFlags & PatternFlags.NEGATION) == 0;
            }
        }

        return ignored;
    }
}
