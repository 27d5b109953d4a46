using CitationLint.Documents;

namespace CitationLint.Cli.Commands;

/// <summary>Expands the paths a user gives into the files to check.</summary>
internal static class InputFiles
{
    private static readonly string[] SkippedFolders = ["bin", "obj", "node_modules", ".git"];

    /// <summary>
    /// Adds a file, or a folder's *.md, *.markdown and *.txt files (recursively, skipping bin/, obj/,
    /// node_modules/ and .git/). Returns false with the problem when the path does not exist.
    /// </summary>
    public static bool TryAdd(string path, List<string> files, out string problem)
    {
        problem = "";
        if (File.Exists(path))
        {
            files.Add(path);
            return true;
        }

        if (!Directory.Exists(path))
        {
            problem = "no such file or folder";
            return false;
        }

        AddFolder(path, files);
        return true;
    }

    private static void AddFolder(string folder, List<string> files)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (DocumentReader.FormatOf(file) is not null)
                files.Add(file.Replace('\\', '/'));
        }

        foreach (var child in Directory.EnumerateDirectories(folder))
        {
            if (Array.IndexOf(SkippedFolders, Path.GetFileName(child)) < 0)
                AddFolder(child, files);
        }
    }
}
