namespace CitationLint.Cli.Tests;

/// <summary>Progress on long runs: on stderr when it is a terminal, never in CI or when redirected.</summary>
public sealed class ProgressTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("citationlint-progress-").FullName;

    public ProgressTests()
    {
        for (var i = 0; i < 30; i++)
            File.WriteAllText(Path.Combine(_temp, $"a{i:00}.md"), "《民法典》第一千零三十二条：“自然人享有隐私权。”\n");
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Redirected_ShowsNoProgress()
    {
        var (exitCode, _, errors) = CitationLintProcess.Run(_temp, "check", ".");
        Assert.Equal(0, exitCode);
        Assert.Equal("", errors);
    }

    [Fact]
    public void Terminal_ShowsProgress_ButNotInCI()
    {
        if (!File.Exists("/usr/bin/script"))
            return; // util-linux's script gives the run a terminal
        var dll = Path.Combine(AppContext.BaseDirectory, "citationlint.dll");
        // script(1) runs the command on a pseudo-terminal; CI is cleared for the first run and set for the second.
        var (_, withTerminal, _) = Tools.Run("/usr/bin/script", ["-q", "-e", "-c", $"env -u CI dotnet {dll} check . > /dev/null", "/dev/null"], _temp);
        Assert.Contains("checked ", withTerminal, StringComparison.Ordinal);
        Assert.Contains("/30 files", withTerminal, StringComparison.Ordinal);

        var (_, inCi, _) = Tools.Run("/usr/bin/script", ["-q", "-e", "-c", $"env CI=true dotnet {dll} check . > /dev/null", "/dev/null"], _temp);
        Assert.DoesNotContain("checked ", inCi, StringComparison.Ordinal);
    }
}
