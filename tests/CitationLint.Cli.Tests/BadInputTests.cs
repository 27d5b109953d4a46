using System.Text;

namespace CitationLint.Cli.Tests;

/// <summary>Nothing a user feeds the tool crashes it or stops the run (design §9); each case has a clear outcome.</summary>
public sealed class BadInputTests : IDisposable
{
    private const string Wrong = "《民法典》第一千二百六十一条\n";
    private readonly string _temp = Directory.CreateTempSubdirectory("citationlint-bad-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_temp, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private (int ExitCode, string Output, string Errors) Check(params string[] arguments) => CitationLintProcess.Run(_temp, ["check", .. arguments]);

    [Fact]
    public void Gb18030_IsDecoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Write("gbk.txt", Encoding.GetEncoding("GB18030").GetBytes(Wrong));
        var (exitCode, output, errors) = Check("gbk.txt");
        Assert.Equal("", errors);
        Assert.Equal(1, exitCode);
        Assert.Contains("gbk.txt(1,1,1,15): error CL0002", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_WithBom_IsDecoded(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        Write("utf16.md", [.. encoding.GetPreamble(), .. encoding.GetBytes(Wrong)]);
        var (exitCode, output, _) = Check("utf16.md");
        Assert.Equal(1, exitCode);
        Assert.Contains("utf16.md(1,1,1,15): error CL0002", output, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidText_IsAnErrorNamingTheFile_AndTheRunGoesOn()
    {
        Write("a-bad.txt", [0xE6, 0xB0, 0x91, 0xFF, 0xFE, 0x41, 0x80]);
        Write("b-good.txt", Encoding.UTF8.GetBytes(Wrong));
        var (exitCode, output, errors) = Check(".");
        Assert.Equal(2, exitCode);
        Assert.Contains("./a-bad.txt: not valid UTF-8 text (nor GB18030/GBK)", errors, StringComparison.Ordinal);
        Assert.Contains("./b-good.txt(1,1,1,15): error CL0002", output, StringComparison.Ordinal);
    }

    [Fact]
    public void BinaryFile_IsSkippedWithANote()
    {
        Write("image.md", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02]);
        var (exitCode, output, errors) = Check("image.md");
        Assert.Equal(0, exitCode);
        Assert.Contains("citationlint: note: image.md: a binary file, skipped", errors, StringComparison.Ordinal);
        Assert.StartsWith("0 files checked", output, StringComparison.Ordinal);
    }

    [Fact]
    public void HugeSingleLine_IsChecked()
    {
        // Four million characters (12 MB of UTF-8) on one line: anything quadratic in a line's length, or recursing
        // along it, would never finish. (It was 50 million characters, 150 MB, 24 s of the suite's time in the debug
        // build, and proved nothing more.)
        var line = new StringBuilder((1 << 22) + 9);
        while (line.Length < (1 << 22))
            line.Append("很长的一行没有引用");
        var column = line.Length + 1;
        Write("long.txt", Encoding.UTF8.GetBytes(line.Append(Wrong).ToString()));
        var (exitCode, output, _) = Check("long.txt");
        Assert.Equal(1, exitCode);
        Assert.Contains($"long.txt(1,{column},1,{column + 14}): error CL0002", output, StringComparison.Ordinal);
    }

    [Fact]
    public void TenMegabytesOfDi_AreNotCitations()
    {
        Write("di.txt", Encoding.UTF8.GetBytes(new string('第', 10_000_000) + "\n" + Wrong));
        var (exitCode, output, _) = Check("di.txt");
        Assert.Equal(1, exitCode);
        Assert.Contains("1 file checked: 1 citation, 1 error", output, StringComparison.Ordinal);
    }

    [Fact]
    public void UnterminatedTitle_DoesNotSwallowTheRest()
    {
        Write("open.txt", Encoding.UTF8.GetBytes("《民法典" + new string('文', 5000) + "\n" + Wrong));
        var (_, output, _) = Check("open.txt");
        Assert.Contains("open.txt(2,1,2,15): error CL0002", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AThousandNestedListsAndQuotes_AreRead()
    {
        var markdown = new StringBuilder();
        for (var i = 0; i < 1000; i++)
            markdown.Append(' ', 2 * i).Append("- ").Append('>', i).Append(" 正文\n");
        markdown.Append(new string('“', 1000)).Append(Wrong.TrimEnd()).Append(new string('”', 1000)).Append('\n');
        Write("deep.md", Encoding.UTF8.GetBytes(markdown.ToString()));
        var (exitCode, output, _) = Check("deep.md");
        Assert.Equal(1, exitCode);
        Assert.Contains("error CL0002", output, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyFile_HasNoCitations()
    {
        Write("empty.md", []);
        var (exitCode, output, errors) = Check("empty.md");
        Assert.Equal((0, ""), (exitCode, errors));
        Assert.StartsWith("1 file checked: 0 citations", output, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenSymlink_IsAnErrorNamingIt_AndTheRunGoesOn()
    {
        File.CreateSymbolicLink(Path.Combine(_temp, "a-gone.md"), Path.Combine(_temp, "nowhere.md"));
        Write("b-good.md", Encoding.UTF8.GetBytes(Wrong));
        var (exitCode, output, errors) = Check(".");
        Assert.Equal(2, exitCode);
        Assert.Contains("./a-gone.md: a broken symbolic link", errors, StringComparison.Ordinal);
        Assert.Contains("./b-good.md(1,1,1,15): error CL0002", output, StringComparison.Ordinal);
    }

    [Fact]
    public void DirectoryPath_IsCheckedAsAFolder()
    {
        Directory.CreateDirectory(Path.Combine(_temp, "sub.md"));
        Write(Path.Combine("sub.md", "x.md"), Encoding.UTF8.GetBytes(Wrong));
        var (_, output, _) = Check("sub.md");
        Assert.Contains("sub.md/x.md(1,1,1,15): error CL0002", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_KeepsTheEncoding_OfAGbkFile()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("GB18030");
        var path = Write("gbk.md", gbk.GetBytes("依照民诉法第一百一十九条起诉。\n"));
        Check("--fix", "gbk.md");
        Assert.Equal("依照民事诉讼法第一百一十九条起诉。\n", gbk.GetString(File.ReadAllBytes(path)));
    }
}
