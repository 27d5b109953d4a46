using System.Text;
using System.Text.Json;

namespace CitationLint.Cli.Tests;

/// <summary>
/// <c>check --files-from FILE|-</c>: a list of paths, one a line, each checked as if given on the command line; problems
/// name the list and the line.
/// </summary>
public sealed class FilesFromTests : IDisposable
{
    private readonly InventedArticles _articles = new();

    public void Dispose() => _articles.Dispose();

    private static List<string> Paths(string jsonLines) =>
        [.. jsonLines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("path").GetString()!)];

    [Fact]
    public void FilesFrom_ChecksEachListedPath_SkippingBlankLines_FoldersWalked()
    {
        _articles.Write("list.txt", "docs/隐私.md\n\n   \r\nnotes\r\n\n");
        var (exitCode, output, errors) = CitationLintProcess.Run(_articles.Root, "check", "--files-from", "list.txt", "--format", "jsonl");
        Assert.True(exitCode == 0, errors);
        Assert.Equal(["docs/隐私.md", "notes/旧文/婚姻.md", "notes/草稿.md"], Paths(output));
    }

    [Fact]
    public void FilesFrom_AndOperands_AreCheckedTogether_EachFileOnce()
    {
        _articles.Write("list.txt", "docs/隐私.md\nnotes/草稿.md\n");
        var (_, output, errors) = CitationLintProcess.Run(_articles.Root, "check", "docs/隐私.md", "--files-from", "list.txt", "--format", "jsonl");
        Assert.Equal(["docs/隐私.md", "notes/草稿.md"], Paths(output));
        Assert.Equal("", errors);
    }

    [Fact]
    public void FilesFrom_AMissingFile_IsAnErrorNamingTheListAndLine_TheOthersAreStillChecked()
    {
        _articles.Write("list.txt", "docs/隐私.md\n\ndocs/没有.md\n-\n");
        var (exitCode, output, errors) = CitationLintProcess.Run(_articles.Root, "check", "--files-from", "list.txt", "--format", "jsonl");
        Assert.Equal(2, exitCode);
        Assert.Contains("list.txt:3: docs/没有.md: no such file or folder", errors, StringComparison.Ordinal);
        Assert.Contains("list.txt:4: -: standard input (-) cannot be named in a list of paths", errors, StringComparison.Ordinal);
        Assert.Equal(["docs/隐私.md"], Paths(output));
    }

    [Fact]
    public void FilesFrom_AMissingList_IsAnError_NamingIt()
    {
        var (exitCode, _, errors) = CitationLintProcess.Run(_articles.Root, "check", "--files-from", "nolist.txt");
        Assert.Equal(2, exitCode);
        Assert.Contains("nolist.txt: the list of paths could not be read (no such file or folder)", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void FilesFrom_Dash_ReadsTheListFromStandardInput()
    {
        var (exitCode, output, errors) = CitationLintProcess.RunWithInput(
            _articles.Root, Encoding.UTF8.GetBytes("notes/草稿.md\ndocs/执行/说明.txt\n"), "check", "--files-from", "-", "--format", "jsonl");
        Assert.True(exitCode == 1, errors); // 说明.txt cites an article the Civil Code lacks: an error
        Assert.Equal(["docs/执行/说明.txt", "notes/草稿.md"], Paths(Encoding.UTF8.GetString(output)));
    }

    [Theory]
    [InlineData(new[] { "check", "--files-from", "-", "-" }, "no document can come from it too")]
    [InlineData(new[] { "check" }, "give the paths to check, or --files-from FILE")]
    [InlineData(new[] { "baseline" }, "give the paths to check, or --files-from FILE")]
    public void FilesFrom_UsageErrors_ExitWith2(string[] arguments, string message)
    {
        var (exitCode, _, errors) = CitationLintProcess.RunWithInput(_articles.Root, [], arguments);
        Assert.Equal(2, exitCode);
        Assert.Contains(message, errors, StringComparison.Ordinal);
    }
}
