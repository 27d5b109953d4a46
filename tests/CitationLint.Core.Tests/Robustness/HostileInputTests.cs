using System.Text;
using CitationLint.Configuration;
using CitationLint.Documents;
using CitationLint.Output;

namespace CitationLint.Core.Tests.Robustness;

/// <summary>
/// Issue 18: hostile documents and state files end in a clear note or error naming the file, never an unhandled
/// exception; writes leave the old file intact when they fail.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("citationlint-hostile-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void MarkdownNestedPastMarkdigsLimit_IsReadAsPlainText_WithANote()
    {
        var text = new string('[', 20_000) + "《中华人民共和国民法典》第一千零三十二条\n";
        var document = DocumentReader.Read("deep.md", text, DocumentFormat.Markdown);
        Assert.Equal(text, document.Prose); // every offset kept: the citation is still found
        Assert.Equal(new ReadingNote(ReadingNoteKind.NestedTooDeeply), document.ReadingNote);
        Assert.Contains("nested too deeply", document.ReadingNote!.ToString(), StringComparison.Ordinal);
        Assert.NotEmpty(TestPipeline.Default.Check(document).Analysis.Citations);
    }

    [Theory]
    [InlineData("2021-02-30")]
    [InlineData("yesterday")]
    public void AFrontMatterDateThatIsNoDate_IsNoted(string value)
    {
        var document = DocumentReader.Read("a.md", $"---\ndate: {value}\n---\n\n《民法典》第一千零三十二条\n", DocumentFormat.Markdown);
        Assert.Null(document.Date);
        Assert.Equal(new ReadingNote(ReadingNoteKind.DateNotADate, value), document.ReadingNote);
        Assert.Contains($"'{value}' is not a date", document.ReadingNote!.ToString(), StringComparison.Ordinal);
        Assert.Null(DocumentReader.Read("b.md", "---\ndate: 2021-02-28\n---\n\n正文\n", DocumentFormat.Markdown).ReadingNote);
    }

    [Theory]
    [InlineData("[null]", "entry 1 is null")]
    [InlineData("[{\"Path\":null,\"Id\":null,\"Text\":null,\"Message\":null}]", "entry 1 lacks Path")]
    [InlineData("[{\"Path\":\"a.md\",\"Id\":\"CL0004\",\"Text\":\"第一条\"}]", "entry 1 lacks Message")]
    [InlineData("{ not json", "not a CitationLint baseline")]
    public void ABrokenBaseline_IsAnErrorNamingTheFileAndTheEntry(string content, string problem)
    {
        var file = Path.Combine(_folder, "baseline.json");
        File.WriteAllText(file, content);
        var error = Assert.Throws<FormatException>(() => Baseline.Read(file));
        Assert.StartsWith(file + ": ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ABaselinePathThatIsAFolder_IsAnErrorSayingSo() =>
        Assert.Contains("a folder, not a baseline file", Assert.Throws<FormatException>(() => Baseline.Read(_folder)).Message, StringComparison.Ordinal);

    [Fact]
    public void AFailedWrite_LeavesTheOldFileAsItWas_AndNoTemporaryFile()
    {
        var file = Path.Combine(_folder, "report.html");
        File.WriteAllText(file, "the old report");
        var error = Assert.Throws<IOException>(() => AtomicFile.Write(file, stream =>
        {
            stream.Write(Encoding.UTF8.GetBytes("half a new rep"));
            throw new IOException("No space left on device"); // what a full disk does mid-write
        }));
        Assert.StartsWith(file + ": not written (No space left on device)", error.Message, StringComparison.Ordinal);
        Assert.Equal("the old report", File.ReadAllText(file));
        Assert.Equal([file], Directory.GetFiles(_folder));

        AtomicFile.WriteAllText(file, "the new report");
        Assert.Equal("the new report", File.ReadAllText(file));
        Assert.Equal([file], Directory.GetFiles(_folder));
    }

    [Fact]
    public void AWriteIntoAMissingFolder_IsAnIOExceptionNamingTheFile()
    {
        var file = Path.Combine(_folder, "missing", "out.sarif");
        Assert.StartsWith(file + ": not written", Assert.Throws<IOException>(() => AtomicFile.WriteAllText(file, "{}")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALongFileName_CanStillBeWritten()
    {
        // The temporary name is short: a name at the file system's limit (255 bytes) is written all the same.
        var file = Path.Combine(_folder, new string('法', 80) + ".md"); // 80 × 3 bytes + 3
        AtomicFile.WriteAllText(file, "第一条");
        Assert.Equal("第一条", File.ReadAllText(file));
    }
}
