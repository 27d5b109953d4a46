using System.Buffers;
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

#if NET
    /// <summary>
    /// Files larger than this are skipped with a note (a size limit keeps one stray dump from taking the machine's
    /// memory; articles are kilobytes, the largest statute text in the table 0.7 MB).
    /// </summary>
    public const long DefaultMaxFileSize = 256L << 20;

    // How much of a file is looked at before it is read whole: NUL bytes here (without a UTF-16 BOM) make it binary.
    private const int BinaryProbeLength = 8192;

    /// <summary>
    /// Reads a file: UTF-8 (with or without BOM), UTF-16 with its BOM, or GB18030/GBK (tried when the bytes are not
    /// UTF-8). A binary file (NUL bytes without a UTF-16 BOM in its first 8 KB) and a file over
    /// <paramref name="maxFileSize"/> bytes are skipped before they are read whole; a file that reports no length (empty,
    /// or not a regular file: a FIFO, /dev/zero, which would block or never end) is an empty document and is never
    /// opened. Anything else that cannot be decoded is a <see cref="DocumentReadException"/> naming the file and the
    /// problem. With <paramref name="fingerprint"/>, the document carries a fingerprint of the bytes read (for --fix,
    /// which must not overwrite a file changed since).
    /// </summary>
    public static SourceDocument ReadFile(string path, bool fingerprint = false, long maxFileSize = DefaultMaxFileSize)
    {
        // The bytes go to a pooled buffer and are decoded in one pass: a check reads every file once, and the bytes
        // and a decoder's second (validating) pass were a fifth of reading.
        var bytes = Array.Empty<byte>();
        try
        {
            var length = ReadBytes(path, maxFileSize, ref bytes);
            return Read(path, bytes.AsSpan(0, length), FormatOf(path) ?? DocumentFormat.PlainText, fingerprint);
        }
        finally
        {
            GiveBack(bytes);
        }
    }

    /// <summary>
    /// A file's bytes as <see cref="ReadFile"/> reads them (bounded, regular files only, binary files refused after
    /// their first 8 KB), for a host that hashes them (the MSBuild task's cache).
    /// </summary>
    public static byte[] ReadBytes(string path, long maxFileSize = DefaultMaxFileSize)
    {
        var bytes = Array.Empty<byte>();
        try
        {
            var length = ReadBytes(path, maxFileSize, ref bytes);
            return bytes.AsSpan(0, length).ToArray();
        }
        finally
        {
            GiveBack(bytes);
        }
    }

    private static int ReadBytes(string path, long maxFileSize, ref byte[] bytes)
    {
        try
        {
            var length = LengthOf(path);
            if (length == 0)
                return 0;
            if (length > maxFileSize)
                throw new DocumentReadException(path, $"larger than the limit of {maxFileSize / (1 << 20)} MB ({length / (1 << 20)} MB), skipped", skipped: true);
            return ReadAllBytes(path, length, ref bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException(path, e is FileNotFoundException && IsLink(path) ? "a broken symbolic link" : e.Message, e);
        }
    }

    // The length the file system reports, through symbolic links; 0 for what is not a regular file.
    private static long LengthOf(string path)
    {
        // The full path: a bare name's relative link target ("link.md -> target.md") did not resolve from the link's
        // own folder.
        var full = Path.GetFullPath(path);
        var info = new FileInfo(full);
        // The attributes come from the one lstat the FileInfo makes; only a link is asked for its target (a readlink).
        if ((info.Attributes & FileAttributes.ReparsePoint) != 0 && info.LinkTarget is not null)
            info = File.ResolveLinkTarget(full, returnFinalTarget: true) as FileInfo ?? throw new FileNotFoundException("a broken symbolic link", path);
        if (!info.Exists)
            throw new FileNotFoundException($"Could not find file '{Path.GetFullPath(path)}'.", path);
        return info.Length;
    }

    /// <summary>
    /// Reads a document's bytes (standard input, named <paramref name="path"/>) as <see cref="ReadFile"/> reads a
    /// file's: the encoding detected, a binary or undecodable input a <see cref="DocumentReadException"/>.
    /// </summary>
    public static SourceDocument Read(string path, ReadOnlySpan<byte> content, DocumentFormat format, bool fingerprint = false)
    {
        var (text, encoding) = Decode(path, content);
        var (prose, date, note) = ProseOf(text, format);
        return new SourceDocument(path, text, prose, date)
        {
            ReadingNote = note,
            Fingerprint = fingerprint ? Fingerprint(content) : null,
            Encoding = encoding,
        };
    }

    // The file into a pooled buffer, up to the length it had when it was looked at (a file that grows while it is read
    // is read as it was; one that shrinks, to its end); its first 8 KB first, so a binary file is refused unread. The
    // bytes read.
    private static int ReadAllBytes(string path, long expected, ref byte[] buffer)
    {
        using var handle = File.OpenHandle(path);
        var length = 0;
        while (length < expected)
        {
            if (length == buffer.Length)
            {
                var size = length == 0 ? Math.Min(expected, BinaryProbeLength) : expected;
                var larger = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(size, 1, Array.MaxLength));
                buffer.AsSpan(0, length).CopyTo(larger);
                GiveBack(buffer);
                buffer = larger;
            }

            var read = RandomAccess.Read(handle, buffer.AsSpan(length, (int)Math.Min(buffer.Length - length, expected - length)), length);
            if (read == 0)
                break;
            if (length < BinaryProbeLength && length + read >= Math.Min(expected, BinaryProbeLength) && IsBinary(buffer.AsSpan(0, length + read)))
                throw new DocumentReadException(path, "a binary file, skipped", skipped: true);
            length += read;
        }

        return length;
    }

    // NUL bytes in the first 8 KB, without a UTF-16 BOM (UTF-16 text has NULs in every ASCII character).
    private static bool IsBinary(ReadOnlySpan<byte> start) =>
        !start.StartsWith(Utf16LittleEndianBom) && !start.StartsWith(Utf16BigEndianBom) && start[..Math.Min(start.Length, BinaryProbeLength)].Contains((byte)0);

    private static (string Text, string Encoding) Decode(string path, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Utf8Bom))
            return (DecodeUtf8(bytes[3..]) ?? throw new DocumentReadException(path, "not valid UTF-8 text"), TextEncodings.Utf8Bom);
        if (bytes.StartsWith(Utf16LittleEndianBom))
            return (Strict(path, new UnicodeEncoding(false, true, true), bytes[2..], "not valid UTF-16 text"), TextEncodings.Utf16LittleEndian);
        if (bytes.StartsWith(Utf16BigEndianBom))
            return (Strict(path, new UnicodeEncoding(true, true, true), bytes[2..], "not valid UTF-16 text"), TextEncodings.Utf16BigEndian);
        if (IsBinary(bytes))
            throw new DocumentReadException(path, "a binary file, skipped", skipped: true);
        if (DecodeUtf8(bytes) is { } text)
            return (text, TextEncodings.Utf8);

        // Older Chinese documents are often GBK; GB18030 reads GBK too.
        return (Strict(path, Gb18030.Value, bytes, "not valid UTF-8 text (nor GB18030/GBK)"), TextEncodings.Gb18030);
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> Utf16LittleEndianBom => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BigEndianBom => [0xFE, 0xFF];

    // Strict UTF-8 in one pass (the transcoder validates as it goes); null when the bytes are not UTF-8. A UTF-8 byte
    // never yields more than one UTF-16 code unit, so a buffer as long as the bytes is enough.
    private static string? DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out _, out var written, replaceInvalidSequences: false);
            return status == System.Buffers.OperationStatus.Done ? new string(chars, 0, written) : null;
        }
        finally
        {
            GiveBack(chars);
        }
    }

    // Buffers go back to the pool for the next file, but not those of a rare huge one (a 50 MB line): the pool would
    // keep them for the rest of the run.
    private static void GiveBack<T>(T[] buffer)
    {
        if (buffer.Length is > 0 and <= PooledBufferLimit)
            ArrayPool<T>.Shared.Return(buffer);
    }

    private const int PooledBufferLimit = 4 << 20;

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

    private static string Strict(string path, Encoding encoding, ReadOnlySpan<byte> bytes, string problem)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new DocumentReadException(path, problem, e);
        }
    }

    // A link whose target is gone reads as "file not found"; say what it is.
    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    /// <summary>A fingerprint of a file's bytes.</summary>
    public static string Fingerprint(ReadOnlySpan<byte> bytes) => Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(bytes));
#endif

    /// <summary>Reads text already in memory.</summary>
    public static SourceDocument Read(string path, string text, DocumentFormat format)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (prose, date, note) = ProseOf(text, format);
        return new SourceDocument(path, text, prose, date) { ReadingNote = note };
    }

    private static (string Prose, DateOnly? Date, ReadingNote? Note) ProseOf(string text, DocumentFormat format)
    {
        // Markdig's time grows with the square of nesting depth; a thousand nested lists or quotes are read as
        // plain text (positions stay exact) rather than stall the run.
        if (format == DocumentFormat.PlainText || MarkdownProse.NestsTooDeep(text))
            return (text, null, null);
        return MarkdownProse.ReadNoting(text);
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
