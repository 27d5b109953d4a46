using System.Text;

namespace CitationLint.Documents;

/// <summary>The kinds of file CitationLint reads.</summary>
public enum DocumentFormat
{
    /// <summary>*.md, *.markdown.</summary>
    Markdown,

    /// <summary>*.txt.</summary>
    PlainText,
}

/// <summary>Reads a file (or text) into a <see cref="SourceDocument"/>, choosing the reader by extension.</summary>
public static class DocumentReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The format for a path, or null when CitationLint does not read such files.</summary>
    public static DocumentFormat? FormatOf(string path)
    {
        var extension = Path.GetExtension(path);
        if (extension.Equals(".md", StringComparison.OrdinalIgnoreCase) || extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase))
            return DocumentFormat.Markdown;
        if (extension.Equals(".txt", StringComparison.OrdinalIgnoreCase))
            return DocumentFormat.PlainText;
        return null;
    }

    /// <summary>Reads a file as UTF-8 (a BOM is skipped); throws <see cref="DocumentReadException"/> naming the problem.</summary>
    public static SourceDocument ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException(path, e.Message, e);
        }

        string text;
        try
        {
            var preamble = bytes.AsSpan().StartsWith(Encoding.UTF8.GetPreamble()) ? 3 : 0;
            text = StrictUtf8.GetString(bytes, preamble, bytes.Length - preamble);
        }
        catch (DecoderFallbackException e)
        {
            throw new DocumentReadException(path, "not valid UTF-8 text", e);
        }

        var document = Read(path, text, FormatOf(path) ?? DocumentFormat.PlainText);
        return new SourceDocument(path, document.Text, document.Prose, document.Date) { Fingerprint = Fingerprint(bytes) };
    }

    /// <summary>A fingerprint of a file's bytes.</summary>
    public static string Fingerprint(byte[] bytes)
    {
#if NET
        return Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(bytes));
#else
        using var sha = System.Security.Cryptography.SHA256.Create();
        return Convert.ToBase64String(sha.ComputeHash(bytes));
#endif
    }

    /// <summary>Reads text already in memory.</summary>
    public static SourceDocument Read(string path, string text, DocumentFormat format)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (format == DocumentFormat.PlainText)
            return new SourceDocument(path, text, text, null);
        var (prose, date) = MarkdownProse.Read(text);
        return new SourceDocument(path, text, prose, date);
    }
}

/// <summary>A file that could not be read; the message names the file and the problem.</summary>
public sealed class DocumentReadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DocumentReadException(string path, string problem, Exception? inner = null)
        : base($"{path}: {problem}", inner)
    {
        FilePath = path;
        Problem = problem;
    }

    /// <summary>The file.</summary>
    public string FilePath { get; }

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; }
}
