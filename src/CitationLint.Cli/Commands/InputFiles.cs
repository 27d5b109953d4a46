using CitationLint.Documents;
using Microsoft.Extensions.FileSystemGlobbing;

namespace CitationLint.Cli.Commands;

/// <summary>
/// Expands the paths a user gives into the files to check — the one place every verb that reads documents (check,
/// baseline, report) gathers them:
/// <list type="bullet">
/// <item>a file, as it is: named, it is checked whatever its extension or the ignore files say;</item>
/// <item>a folder: its *.md, *.markdown and *.txt files, recursively, skipping bin/, obj/, node_modules/ and .git/ and
/// what <c>.gitignore</c> and <c>.citationlintignore</c> files ignore (<see cref="IgnoreRules"/>);</item>
/// <item>a glob (<c>docs/**/*.md</c>, quoted so the shell leaves it alone; <c>*</c> and <c>**</c> as
/// Microsoft.Extensions.FileSystemGlobbing reads them): the files of that walk, from the folder before its first
/// wildcard, that it matches;</item>
/// <item><c>-</c>: one document from standard input.</item>
/// </list>
/// Problems are told in <paramref name="language"/>.
/// </summary>
internal sealed class InputFiles(bool useIgnoreFiles, OutputLanguage language)
{
    /// <summary>The path that stands for standard input.</summary>
    public const string StandardInput = "-";

    private static readonly string[] SkippedFolders = ["bin", "obj", "node_modules", ".git"];

    // Globs follow the file system, as the ignore files do: case-sensitive on Linux only.
    private static readonly StringComparison NameComparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>The files found so far, as the user would write them (folder walks joined with /).</summary>
    public List<string> Files { get; } = [];

    /// <summary>Ignore files that could not be read, each naming the file.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>Adds what <paramref name="path"/> stands for; false with the problem when it names nothing.</summary>
    public bool TryAdd(string path, out string problem)
    {
        problem = "";
        if (path == StandardInput)
        {
            if (Files.Contains(StandardInput))
            {
                problem = language.Text("StandardInputOnce");
                return false;
            }

            Files.Add(path);
            return true;
        }

        if (File.Exists(path))
        {
            Files.Add(path);
            return true;
        }

        if (Directory.Exists(path))
        {
            AddFolder(path, path, "", RulesFor(path), glob: null, int.MaxValue);
            return true;
        }

        if (!path.Contains('*', StringComparison.Ordinal))
        {
            problem = language.Text("NoSuchFileOrFolder");
            return false;
        }

        // A glob that matches nothing (its folder missing too) adds nothing: like an empty folder, a warning if the
        // run has no file at all.
        var (folder, pattern) = SplitGlob(path);
        var walked = folder.Length == 0 ? "." : folder;
        // Without **, a glob reaches no deeper than its own segments: the walk stops there.
        var depth = pattern.Contains("**", StringComparison.Ordinal) ? int.MaxValue : pattern.Count(c => c == '/');
        if (Directory.Exists(walked))
            AddFolder(walked, folder, "", RulesFor(walked), new Matcher(NameComparison).AddInclude(pattern), depth);
        return true;
    }

    private IgnoreRules RulesFor(string folder) => useIgnoreFiles ? IgnoreRules.ForFolder(folder, Problems) : IgnoreRules.None;

    // folder: where to look; shown: how its files are written ("" for the current folder of a glob like **/*.md);
    // relative: the folder's path from the walk's start, which a glob is matched against; depth: how many levels of
    // subfolders to enter.
    private void AddFolder(string folder, string shown, string relative, IgnoreRules rules, Matcher? glob, int depth)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            var name = Path.GetFileName(file);
            if (DocumentReader.FormatOf(name) is null || rules.Ignores(Path.GetFullPath(file), isFolder: false))
                continue;
            if (glob is null || glob.Match(Path.Join(relative, name)).HasMatches)
                Files.Add(Path.Join(shown, name).Replace('\\', '/'));
        }

        if (depth == 0)
            return;
        foreach (var child in Directory.EnumerateDirectories(folder))
        {
            var name = Path.GetFileName(child);
            var fullPath = Path.GetFullPath(child);
            if (Array.IndexOf(SkippedFolders, name) >= 0 || rules.Ignores(fullPath, isFolder: true))
                continue;
            AddFolder(child, Path.Join(shown, name), Path.Join(relative, name), rules.Enter(fullPath), glob, depth - 1);
        }
    }

    // docs/**/*.md → (docs, **/*.md); **/*.md → ("", **/*.md); /srv/docs/*.md → (/srv/docs, *.md).
    private static (string Folder, string Pattern) SplitGlob(string path)
    {
        var segments = path.Replace('\\', '/').Split('/');
        var wildcard = Array.FindIndex(segments, s => s.Contains('*', StringComparison.Ordinal));
        var folder = string.Join('/', segments[..wildcard]);
        if (folder.Length == 0 && path[0] is '/' or '\\')
            folder = "/";
        return (folder, string.Join('/', segments[wildcard..]));
    }
}
