using System.Text;
using CitationLint.Documents;

namespace CitationLint.Core.Tests.Documents;

/// <summary>
/// DocumentReader.ReadFile reads into a pooled buffer and decodes UTF-8 in one pass: whatever the size and encoding,
/// the text must be what the encoding's own decoder gives, and bad bytes must be told apart as before.
/// </summary>
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
}
