
namespace CitationLint.Fixes;

/// <summary>
/// Writes a fixed file without ever losing data (design §9). The policy (issue 18):
/// <list type="bullet">
/// <item>in place: the file is opened (through a symbolic link, so the link's target is fixed and the link kept) and
/// rewritten through the same handle — the same inode, so a hard link's other names see the fix, and the owner, mode
/// and extended attributes stay as they were;</item>
/// <item>under an exclusive lock (FileShare.None: flock on Unix, a share lock on Windows) from the re-check to the end of
/// the write, so a cooperating writer waits; and a writer that takes no lock is detected: the bytes are compared with
/// those the check read once when opened and again, length and fingerprint, immediately before the write, and any
/// change leaves the file alone (<see cref="Outcome.ChangedOnDisk"/>);</item>
/// <item>with a journal: the old bytes are first written, flushed, to a short hidden file beside the target
/// (<c>.clXXXXXXXXXXXX.bak</c>, so a long file name is still fixable), deleted once the new text is on disk; a crash
/// mid-write leaves the old text there;</item>
/// <item>the encoding and BOM kept (fixes never touch line endings); a read-only file refused.</item>
/// </list>
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

    /// <summary>Tests only: runs between the journal and the last re-check, where a concurrent write would land.</summary>
    internal static Action<string>? BeforeReplace { get; set; }

    /// <summary>Replaces the file's text with <paramref name="text"/> if it still has the bytes it was read with.</summary>
    public static Outcome Write(string path, string text, string fingerprintWhenRead, string encoding = Documents.TextEncodings.Utf8)
    {
        ArgumentNullException.ThrowIfNull(text);
        if ((File.GetAttributes(path) & FileAttributes.ReadOnly) != 0)
            return Outcome.ReadOnly;
        var target = File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);
        var encoded = Documents.DocumentReader.EncodingFor(encoding);
        var bytes = encoded.GetPreamble().Concat(encoded.GetBytes(text)).ToArray();
        using var file = new FileStream(target, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        var current = ReadAll(file);
        if (Documents.DocumentReader.Fingerprint(current) != fingerprintWhenRead)
            return Outcome.ChangedOnDisk;
        var journal = Path.Combine(Path.GetDirectoryName(target)!, $".cl{Guid.NewGuid():N}"[..15] + ".bak");
        using (var backup = new FileStream(journal, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            backup.Write(current, 0, current.Length);
            backup.Flush(flushToDisk: true);
        }

        try
        {
            BeforeReplace?.Invoke(target);
            // The last look, immediately before the write: a writer that took no lock and wrote meanwhile is not overwritten.
            if (file.Length != current.Length || Documents.DocumentReader.Fingerprint(ReadAll(file)) != fingerprintWhenRead)
                return Outcome.ChangedOnDisk;
            file.Position = 0;
            file.Write(bytes, 0, bytes.Length);
            file.SetLength(bytes.Length);
            file.Flush(flushToDisk: true);
            return Outcome.Written;
        }
        finally
        {
            File.Delete(journal);
        }
    }

    private static byte[] ReadAll(FileStream file)
    {
        file.Position = 0;
        using var bytes = new MemoryStream();
        file.CopyTo(bytes);
        return bytes.ToArray();
    }
}
