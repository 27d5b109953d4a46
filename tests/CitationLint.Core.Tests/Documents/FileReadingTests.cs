using System.Text;
using CitationLint.Documents;

namespace CitationLint.Core.Tests.Documents;

/// <summary>
/// DocumentReader.ReadFile reads into a pooled buffer and decodes UTF-8 in one pass: whatever the size and encoding,
/// the text must be what the encoding's own decoder gives, and bad bytes must be told apart as before.
/// </summary>
[Collection(CurrentFolderGroup.Name)] // one test moves the process's current folder
public sealed class FileReadingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("citationlint-read-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, int> Sizes => new()
    {
        { "utf-8", 0 },
        { "utf-8", 1 },
        { "utf-8", 4095 },
        { "utf-8", 70_000 },
        { "utf-8", 1_500_000 },
        { "utf-8-bom", 70_000 },
        { "utf-16le", 70_000 },
        { "utf-16be", 3_000 },
        { "gb18030", 70_000 },
    };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Text_IsWhatTheEncodingDecodes(string encoding, int characters)
    {
        var text = Sample(characters);
        var path = Path.Combine(_folder, "a.txt");
        var bytes = DocumentReader.EncodingFor(encoding).GetPreamble().Concat(DocumentReader.EncodingFor(encoding).GetBytes(text)).ToArray();
        File.WriteAllBytes(path, bytes);

        var document = DocumentReader.ReadFile(path);

        Assert.Equal(text, document.Text);
        Assert.Equal(encoding, document.Encoding);
        Assert.Null(document.Fingerprint);
    }

    [Fact]
    public void Fingerprint_IsOfTheBytesRead_WhenAskedFor()
    {
        var path = Path.Combine(_folder, "a.md");
        File.WriteAllText(path, "依照《民法典》第一千零三十二条的规定。");

        var document = DocumentReader.ReadFile(path, fingerprint: true);

        Assert.Equal(DocumentReader.Fingerprint(File.ReadAllBytes(path)), document.Fingerprint);
    }

    [Theory]
    [InlineData(new byte[] { 0xE4, 0xB8 }, "gb18030")]                    // a UTF-8 sequence cut short: read as GBK
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, null)]                    // an encoded surrogate: neither
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0xC0, 0xAF }, null)]        // an overlong form after a UTF-8 BOM
    public void InvalidUtf8_IsGbkOrAnError(byte[] bytes, string? encoding)
    {
        var path = Path.Combine(_folder, "bad.txt");
        File.WriteAllBytes(path, bytes);

        if (encoding is null)
            Assert.Throws<DocumentReadException>(() => DocumentReader.ReadFile(path));
        else
            Assert.Equal(encoding, DocumentReader.ReadFile(path).Encoding);
    }

    // Chinese with ASCII digits, punctuation and line breaks mixed in, as articles are written.
    private static string Sample(int characters)
    {
        var text = new StringBuilder(characters);
        const string Pattern = "依照《中华人民共和国民法典》第1032条，自然人享有隐私权。\n";
        while (text.Length < characters)
            text.Append(Pattern);
        return text.ToString(0, characters);
    }

    [Fact]
    public void SpecialFiles_AreEmptyDocuments_NeverOpened()
    {
        if (OperatingSystem.IsWindows())
            return; // no FIFOs or /dev/zero
        // A FIFO nobody writes to would block the open; /dev/zero behind a link would never end.
        var fifo = Path.Combine(_folder, "fifo.md");
        Assert.Equal(0, MakeFifo(fifo, 0b110_100_100));
        var zero = Path.Combine(_folder, "zero.md");
        File.CreateSymbolicLink(zero, "/dev/zero");

        Assert.Equal("", DocumentReader.ReadFile(fifo).Text);
        Assert.Equal("", DocumentReader.ReadFile(zero).Text);
        Assert.Empty(DocumentReader.ReadBytes(fifo));
    }

    [Fact]
    public void ALinkWithARelativeTarget_IsReadThroughFromItsOwnFolder_WhateverTheCurrentFolder()
    {
        File.WriteAllText(Path.Combine(_folder, "target.md"), "《民法典》第一千零三十二条");
        File.CreateSymbolicLink(Path.Combine(_folder, "link.md"), "target.md");
        var before = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(_folder); // the bare name "link.md" failed: its target was not resolved from here
            Assert.Equal("《民法典》第一千零三十二条", DocumentReader.ReadFile("link.md").Text);
        }
        finally
        {
            Directory.SetCurrentDirectory(before);
        }

        Assert.Equal("《民法典》第一千零三十二条", DocumentReader.ReadFile(Path.Combine(_folder, "link.md")).Text);
    }

    [Fact]
    public void AFileOverTheLimit_IsSkipped_NamingTheLimit()
    {
        var path = Path.Combine(_folder, "big.md");
        File.WriteAllText(path, Sample(3000));
        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.ReadFile(path, maxFileSize: 1 << 10));
        Assert.True(error.Skipped);
        Assert.Contains("larger than the limit", error.Problem, StringComparison.Ordinal);
        Assert.Equal(Sample(3000), DocumentReader.ReadFile(path).Text); // under the default limit
    }

    [Fact]
    public void ABinaryFile_IsSkipped_FromItsFirstBytes_AsIsOneWithNulsLater()
    {
        // NULs at the start: refused after the first 8 KB, whatever the size (sparse here: 64 MB of zeros).
        var zeros = Path.Combine(_folder, "zeros.md");
        using (var stream = File.Create(zeros))
            stream.SetLength(64 << 20);
        Assert.True(Assert.Throws<DocumentReadException>(() => DocumentReader.ReadFile(zeros)).Skipped);

        // Text first, a NUL inside the first 8 KB: binary too; UTF-16 (NULs everywhere) is text.
        var mixed = Path.Combine(_folder, "mixed.md");
        File.WriteAllBytes(mixed, [.. Encoding.UTF8.GetBytes("第一条"), 0, .. Encoding.UTF8.GetBytes(Sample(5000))]);
        Assert.True(Assert.Throws<DocumentReadException>(() => DocumentReader.ReadFile(mixed)).Skipped);
        var utf16 = Path.Combine(_folder, "utf16.md");
        File.WriteAllBytes(utf16, [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("《民法典》第一千零三十二条")]);
        Assert.Equal("《民法典》第一千零三十二条", DocumentReader.ReadFile(utf16).Text);
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo([System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPUTF8Str)] string path, uint mode);
}

/// <summary>Tests that change the process's current folder run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CurrentFolderGroup
{
    public const string Name = "current folder";
}
