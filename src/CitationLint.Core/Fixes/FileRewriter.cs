
namespace CitationLint.Fixes;

/// <summary>
/// Writes a fixed file without ever losing data (design §9): the new text goes to a temporary file beside it, then
/// replaces it in one rename; the file's encoding and BOM are kept (line endings are never touched by fixes);
/// a read-only file is refused; a file that changed on disk since it was read is left alone.
/// </summary>
public static class FileRewriter
{
    /// <summary>What became of a rewrite.</summary>
    public enum Outcome
    {
        /// <summary>Written.</summary>
        Written,

        /// <summary>The file is read-only.</summary>
        ReadOnly,

        /// <summary>The file changed on disk after it was read.</summary>
        ChangedOnDisk,
    }

    /// <summary>Replaces the file with <paramref name="text"/> if it still has the bytes it was read with.</summary>
    public static Outcome Write(string path, string text, string fingerprintWhenRead, string encoding = Documents.TextEncodings.Utf8)
    {
        ArgumentNullException.ThrowIfNull(text);
        if ((File.GetAttributes(path) & FileAttributes.ReadOnly) != 0)
            return Outcome.ReadOnly;
        var current = File.ReadAllBytes(path);
        if (Documents.DocumentReader.Fingerprint(current) != fingerprintWhenRead)
            return Outcome.ChangedOnDisk;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(folder, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".citationlint.tmp");
        try
        {
            File.WriteAllText(temporary, text, Documents.DocumentReader.EncodingFor(encoding));
            // Keep the file's permissions: copy them onto the new file before it takes the old one's place.
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(path));
            if (Documents.DocumentReader.Fingerprint(File.ReadAllBytes(path)) != fingerprintWhenRead)
                return Outcome.ChangedOnDisk; // changed while the new text was written
            File.Move(temporary, path, overwrite: true);
            return Outcome.Written;
        }
        finally
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
        }
    }
}
