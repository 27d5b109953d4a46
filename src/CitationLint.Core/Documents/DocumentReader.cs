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

    /// <summary>
    /// Reads a file: UTF-8 (with or without BOM), UTF-16 with its BOM, or GB18030/GBK (tried when the bytes are not
    /// UTF-8). A binary file (NUL bytes without a UTF-16 BOM) is skipped; anything else that cannot be decoded is a
    /// <see cref="DocumentReadException"/> naming the file and the problem.
    /// </summary>
    public static SourceDocument ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException(path, e is FileNotFoundException && IsBrokenLink(path) ? "a broken symbolic link" : e.Message, e);
        }

        var (text, encoding) = Decode(path, bytes);
        var document = Read(path, text, FormatOf(path) ?? DocumentFormat.PlainText);
        return new SourceDocument(path, document.Text, document.Prose, document.Date) { Fingerprint = Fingerprint(bytes), Encoding = encoding };
    }

    private static (string Text, string Encoding) Decode(string path, byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return (Strict(path, StrictUtf8, bytes, 3, "not valid UTF-8 text"), TextEncodings.Utf8Bom);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return (Strict(path, new UnicodeEncoding(false, true, true), bytes, 2, "not valid UTF-16 text"), TextEncodings.Utf16LittleEndian);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return (Strict(path, new UnicodeEncoding(true, true, true), bytes, 2, "not valid UTF-16 text"), TextEncodings.Utf16BigEndian);
        if (Array.IndexOf(bytes, (byte)0, 0, Math.Min(bytes.Length, 8192)) >= 0)
            throw new DocumentReadException(path, "a binary file, skipped", skipped: true);
        try
        {
            return (StrictUtf8.GetString(bytes), TextEncodings.Utf8);
        }
        catch (DecoderFallbackException)
        {
#if NET
            // Older Chinese documents are often GBK; GB18030 reads GBK too.
            try
            {
                return (Gb18030.Value.GetString(bytes), TextEncodings.Gb18030);
            }
            catch (DecoderFallbackException e)
            {
                throw new DocumentReadException(path, "not valid UTF-8 text (nor GB18030/GBK)", e);
            }
#else
            throw new DocumentReadException(path, "not valid UTF-8 text");
#endif
        }
    }

#if NET
    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>The encoding a file was read in, for writing it back the same way.</summary>
    public static Encoding EncodingFor(string name, bool forWriting = true) => name switch
    {
        TextEncodings.Utf8Bom => new UTF8Encoding(true),
        TextEncodings.Utf16LittleEndian => new UnicodeEncoding(false, true),
        TextEncodings.Utf16BigEndian => new UnicodeEncoding(true, true),
        TextEncodings.Gb18030 => Gb18030.Value,
        _ => new UTF8Encoding(false),
    };
#endif

    private static string Strict(string path, Encoding encoding, byte[] bytes, int skip, string problem)
    {
        try
        {
            return encoding.GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException e)
        {
            throw new DocumentReadException(path, problem, e);
        }
    }

    // A link whose target is gone reads as "file not found"; say what it is.
    private static bool IsBrokenLink(string path) => IsLink(path);

    private static bool IsLink(string path)
    {
#if NET
        return new FileInfo(path).LinkTarget is not null;
#else
        return false;
#endif
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
        // Markdig's time grows with the square of nesting depth; a thousand nested lists or quotes are read as
        // plain text (positions stay exact) rather than stall the run.
        if (format == DocumentFormat.PlainText || MarkdownProse.NestsTooDeep(text))
            return new SourceDocument(path, text, text, null);
        var (prose, date) = MarkdownProse.Read(text);
        return new SourceDocument(path, text, prose, date);
    }
}

/// <summary>The encodings CitationLint reads and writes back.</summary>
public static class TextEncodings
{
    /// <summary>UTF-8 without BOM.</summary>
    public const string Utf8 = "utf-8";

    /// <summary>UTF-8 with BOM.</summary>
    public const string Utf8Bom = "utf-8-bom";

    /// <summary>UTF-16 little-endian, with BOM.</summary>
    public const string Utf16LittleEndian = "utf-16le";

    /// <summary>UTF-16 big-endian, with BOM.</summary>
    public const string Utf16BigEndian = "utf-16be";

    /// <summary>GB18030 (GBK's superset).</summary>
    public const string Gb18030 = "gb18030";
}

/// <summary>A file that could not be read, or was skipped; the message names the file and the problem.</summary>
public sealed class DocumentReadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DocumentReadException(string path, string problem, Exception? inner = null, bool skipped = false)
        : base($"{path}: {problem}", inner)
    {
        FilePath = path;
        Problem = problem;
        Skipped = skipped;
    }

    /// <summary>True when the file is not a document at all (a binary file): a note, not an error.</summary>
    public bool Skipped { get; }

    /// <summary>The file.</summary>
    public string FilePath { get; }

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; }
}
