using CitationLint.Cli.Commands;

namespace CitationLint.Cli.Tests;

/// <summary>
/// Coloured severities in the text format: only on a terminal, not with --no-color, NO_COLOR or in CI; never in a pipe.
/// </summary>
public sealed class ColorTests
{
    private const string Red = "\u001b[31m", Yellow = "\u001b[33m", Cyan = "\u001b[36m", Reset = "\u001b[0m";

    private static string Fixtures => Path.Combine(CitationLintProcess.RepositoryRoot, "tests", "CitationLint.Cli.Tests", "Golden", "Language");

    [Theory]
    [InlineData(false, true, null, null, null, true)] // a terminal
    [InlineData(false, false, null, null, null, false)] // a pipe or a file
    [InlineData(true, true, null, null, null, false)] // --no-color
    [InlineData(false, true, "1", null, null, false)] // NO_COLOR, whatever its value
    [InlineData(false, true, "0", null, null, false)]
    [InlineData(false, true, "", null, null, true)] // empty: not set (no-color.org)
    [InlineData(false, true, null, "true", null, false)] // CI
    [InlineData(false, true, null, "TRUE", null, false)]
    [InlineData(false, true, null, "1", null, false)]
    [InlineData(false, true, null, "false", null, true)]
    [InlineData(false, true, null, null, "dumb", false)] // a terminal that shows escapes as they are
    [InlineData(false, true, null, null, "xterm-256color", true)]
    public void UsesColor_OnlyOnATerminal_WhenNothingSaysNo(bool noColorOption, bool isTerminal, string? noColor, string? ci, string? term, bool expected)
    {
        var environment = new Dictionary<string, string?> { ["NO_COLOR"] = noColor, ["CI"] = ci, ["TERM"] = term };
        Assert.Equal(expected, Terminal.UsesColor(noColorOption, isTerminal, name => environment.GetValueOrDefault(name)));
    }

    // The seam: a terminal that takes colour, as a TTY's does.
    [Fact]
    public void Text_ToATerminalThatTakesColor_ColorsEachSeverity_AndNothingElse()
    {
        var output = new StringWriter();
        var terminal = new Terminal(output, TextWriter.Null, () => Stream.Null, () => Stream.Null) { Color = true };
        var exitCode = CheckCommand.Run(new Inputs([Fixtures]), "text", "2026-11-30", null, terminal, OutputLanguage.Chinese);
        Assert.Equal(1, exitCode);
        var text = output.ToString();
        Assert.Contains($"): {Red}error{Reset} CL0002: 《中华人民共和国劳动合同法》（2012年修正）没有第九十九条\n", text, StringComparison.Ordinal);
        Assert.Contains($"): {Yellow}warning{Reset} CL0005: ", text, StringComparison.Ordinal);
        Assert.Contains($"): {Cyan}info{Reset} CL0008: ", text, StringComparison.Ordinal);
        // Without colour, the same text.
        var plain = new StringWriter();
        CheckCommand.Run(new Inputs([Fixtures]), "text", "2026-11-30", null, terminal with { Output = plain, Color = false }, OutputLanguage.Chinese);
        Assert.Equal(plain.ToString(), text.Replace(Red, "", StringComparison.Ordinal).Replace(Yellow, "", StringComparison.Ordinal)
            .Replace(Cyan, "", StringComparison.Ordinal).Replace(Reset, "", StringComparison.Ordinal));
        Assert.DoesNotContain("\u001b", plain.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Redirected_HasNoEscapes()
    {
        var (_, output, errors) = CitationLintProcess.Run(Fixtures, "check", "--as-of", "2026-11-30", ".");
        Assert.Contains("error CL0002", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", output + errors, StringComparison.Ordinal);
    }

    // util-linux's script(1) gives the run a terminal, as ProgressTests do.
    [Theory]
    [InlineData("", true)]
    [InlineData("--no-color", false)]
    [InlineData("NO_COLOR=1", false)]
    [InlineData("CI=true", false)]
    public void OnATerminal_SeveritiesAreColored_UnlessSomethingSaysNo(string setting, bool colored)
    {
        if (!File.Exists("/usr/bin/script"))
            return;
        var dll = Path.Combine(AppContext.BaseDirectory, "citationlint.dll");
        var variables = setting.Contains('=', StringComparison.Ordinal) ? setting : "";
        var option = setting.StartsWith("--", StringComparison.Ordinal) ? setting : "";
        var command = $"env -u CI -u NO_COLOR -u CITATIONLINT_LANG -u LC_ALL -u LC_MESSAGES -u LANG TERM=xterm {variables} dotnet {dll} check {option} --as-of 2026-11-30 . 2>/dev/null";
        var (_, output, _) = Tools.Run("/usr/bin/script", ["-q", "-e", "-c", command, "/dev/null"], Fixtures);
        Assert.Contains("CL0002", output, StringComparison.Ordinal);
        Assert.Equal(colored, output.Contains($"{Red}error{Reset} CL0002", StringComparison.Ordinal));
        if (!colored)
            Assert.DoesNotContain("\u001b[3", output, StringComparison.Ordinal);
    }
}
