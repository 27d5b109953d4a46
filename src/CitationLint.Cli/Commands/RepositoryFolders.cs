namespace CitationLint.Cli.Commands;

/// <summary>
/// The folders whose settings files apply to a folder: the folder itself and its parents up to the repository root
/// (the nearest folder holding <c>.git</c>, a folder or a worktree's file). Outside a repository, the folder alone.
/// Where the default baseline file and the ignore files above a checked folder are looked for.
/// </summary>
internal static class RepositoryFolders
{
    /// <summary>Full paths, from <paramref name="folder"/> upwards.</summary>
    public static List<string> UpFrom(string folder)
    {
        var folders = new List<string>();
        for (var directory = new DirectoryInfo(Path.GetFullPath(folder)); directory is not null; directory = directory.Parent)
        {
            folders.Add(directory.FullName);
            var git = Path.Combine(directory.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
                return folders;
        }

        return folders[..1];
    }
}
