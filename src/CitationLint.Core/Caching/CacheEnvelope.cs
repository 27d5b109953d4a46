namespace CitationLint.Caching;

/// <summary>
/// How a cache file guards itself: a first line naming its format and the hash of the rest, then the rest. Caches are
/// untrusted input (anyone can edit obj/ or a cache folder, a disk can cut a file short): a file whose line or hash is
/// off is not read, and what it held is checked again — a damaged cache must never hide a finding. Shared by the
/// MSBuild task's cache and the CLI's <see cref="ResultCache"/>.
/// </summary>
public static class CacheEnvelope
{
    /// <summary>The file's content: <paramref name="format"/> and the hash of <paramref name="body"/>, then the body.</summary>
    public static string Seal(string format, string body) => format + " " + ContentHash.Of(body) + "\n" + body;

    /// <summary>The body of <paramref name="content"/>, when it is sealed in <paramref name="format"/> and intact.</summary>
    public static bool TryOpen(string content, string format, out string body)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(format);
        body = "";
        var newline = content.IndexOf('\n', StringComparison.Ordinal);
        if (newline < 0 || !content.StartsWith(format + " ", StringComparison.Ordinal)
            || content[(format.Length + 1)..newline] != ContentHash.Of(content[(newline + 1)..]))
            return false;
        body = content[(newline + 1)..];
        return true;
    }
}
