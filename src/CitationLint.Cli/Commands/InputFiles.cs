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
/// Walking a folder does not follow symbolic links to folders (as git and ripgrep do), so a link loop (<c>self -&gt; ..</c>)
/// or a link to / can neither hang the walk nor lead it into /proc; a link to a file is checked as that file, and a
/// folder named on the command line is walked even when it is a link. A folder that cannot be listed (no permission,
/// a path longer than the system allows) is an error naming it; its siblings are still walked. The same file reached
/// twice (a.md and ./a.md, a folder and a file in it, a link and its target) is checked once (<see cref="Unique"/>).
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

        if (OperatingSystem.IsLinux() && System.Text.Encoding.UTF8.GetByteCount(Path.GetFullPath(path)) >= PathMax)
        {
            problem = language.Text("PathTooLong", PathMax);
            return false;
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
        List<string> files, folders;
        try
        {
            if (OperatingSystem.IsLinux() && System.Text.Encoding.UTF8.GetByteCount(Path.GetFullPath(folder)) >= PathMax)
                throw new PathTooLongException(language.Text("PathTooLong", PathMax));
            files = [.. Directory.EnumerateFiles(folder)];
            folders = depth == 0 ? [] : [.. Directory.EnumerateDirectories(folder)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            Problems.Add(language.Text("FolderNotRead", shown.Length == 0 ? "." : shown, e.Message));
            return;
        }

        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            if (DocumentReader.FormatOf(name) is null || rules.Ignores(Path.GetFullPath(file), isFolder: false))
                continue;
            if (glob is null || glob.Match(Path.Join(relative, name)).HasMatches)
                Files.Add(Path.Join(shown, name).Replace('\\', '/'));
        }

        if (depth == 0)
            return;
        foreach (var child in folders)
        {
            var name = Path.GetFileName(child);
            if (IsLink(child))
                continue;
            var fullPath = Path.GetFullPath(child);
            if (Array.IndexOf(SkippedFolders, name) >= 0 || rules.Ignores(fullPath, isFolder: true))
                continue;
            AddFolder(child, Path.Join(shown, name), Path.Join(relative, name), rules.Enter(fullPath), glob, depth - 1);
        }
    }

    /// <summary>The longest path Linux takes (PATH_MAX, bytes with the terminating NUL).</summary>
    private const int PathMax = 4096;

    /// <summary>
    /// <paramref name="files"/> (in path order) less each one that is a file already listed: full paths compared after
    /// resolving symbolic links, each folder on the way included. The first spelling of a file is the one kept.
    /// </summary>
    public static List<string> Unique(List<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var seen = new HashSet<string>(OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
        // Each folder is resolved once, not once for every file in it: a link test per part of every path was half of a
        // 1,731-file run's start, before any file was read.
        var folders = new Dictionary<string, string>(StringComparer.Ordinal);
        return [.. files.Where(file => file == StandardInput || seen.Add(ResolvedFile(file, folders)))];
    }

    // A file's path with every symbolic link on it resolved: its folder's (from folders, else resolved and kept), then
    // the file's own links.
    private static string ResolvedFile(string path, Dictionary<string, string> folders)
    {
        try
        {
            var full = Path.GetFullPath(path);
            if (Path.GetDirectoryName(full) is not { } folder)
                return Resolved(full);
            if (!folders.TryGetValue(folder, out var resolvedFolder))
                folders[folder] = resolvedFolder = Resolved(folder);
            var hops = 0;
            return FollowLinks(Path.Join(resolvedFolder, Path.GetFileName(full)), ref hops);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return path;
        }
    }

    // The path with every symbolic link on it resolved (as realpath does); as far as it can, when part of it is missing.
    private static string Resolved(string path)
    {
        try
        {
            var full = Path.GetFullPath(path);
            var root = Path.GetPathRoot(full)!;
            var current = root;
            var hops = 0;
            foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
                current = FollowLinks(Path.Join(current, part), ref hops);
            return current;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return path;
        }
    }

    // Where the links at the end of a path lead: at most 40 in all, as Linux allows (ELOOP), so a loop cannot hang.
    private static string FollowLinks(string current, ref int hops)
    {
        while (hops++ < 40 && new FileInfo(current).LinkTarget is { } target)
            current = Path.GetFullPath(target, Path.GetDirectoryName(current)!);
        return current;
    }

    private static bool IsLink(string path)
    {
        try
        {
            return new DirectoryInfo(path).LinkTarget is not null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true; // what cannot be looked at is not walked into
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
