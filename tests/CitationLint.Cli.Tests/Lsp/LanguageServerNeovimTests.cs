using System.Text.Json;

namespace CitationLint.Cli.Tests.Lsp;

/// <summary>
/// <c>citationlint lsp</c> end to end in a real editor: Neovim's built-in LSP client (Debian's neovim, which .ci/run
/// installs), headless, runs Lsp/neovim-client.lua against the real program on a fixture written for this test
/// (Lsp/enforcement-objection.md: a dateless page pasting the 2017 text of 民事诉讼法 after its old number, and a
/// repealed 《合同法》).
/// </summary>
public sealed class LanguageServerNeovimTests
{
    private static readonly string Folder = Path.Combine(CitationLintProcess.RepositoryRoot, "tests", "CitationLint.Cli.Tests", "Lsp");

    [NeovimFact]
    public void Neovim_GetsTheDiagnostics_HoversAndAppliesTheFix()
    {
        var work = Directory.CreateTempSubdirectory("citationlint-nvim-").FullName;
        try
        {
            var fixture = Path.Combine(work, "enforcement-objection.md");
            File.Copy(Path.Combine(Folder, "enforcement-objection.md"), fixture);
            var resultFile = Path.Combine(work, "result.json");
            var environment = CitationLintProcess.PinnedEnvironment(new Dictionary<string, string>
            {
                ["LSP_COMMAND"] = JsonSerializer.Serialize(new[] { "dotnet", CitationLintProcess.ProgramPath, "lsp", "--debounce", "50" }),
                ["LSP_FIXTURE"] = fixture,
                ["LSP_RESULT"] = resultFile,
                ["XDG_STATE_HOME"] = work, // Neovim's log (lsp.log) stays out of the home folder
            });
            var (exitCode, output, errors) = Tools.Run(
                NeovimFactAttribute.Executable, ["--headless", "--clean", "-c", "luafile " + Path.Combine(Folder, "neovim-client.lua")], work, environment);
            Assert.True(File.Exists(resultFile), $"nvim exited with {exitCode} and wrote no result: {output} {errors}");
            using var result = JsonDocument.Parse(File.ReadAllText(resultFile));
            var root = result.RootElement;
            Assert.False(root.TryGetProperty("error", out var error), error.ToString());

            // On open: the stale number (line 7, 0-based 6) and the repealed law (line 13), from the file's text.
            var opened = root.GetProperty("published")[0].GetProperty("diagnostics").EnumerateArray().ToList();
            Assert.Equal([("CL0004", 6), ("CL0005", 12)], opened.Select(d => (d.GetProperty("code").GetString(), d.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32())));
            // After the unsaved edit above them: the buffer's text was checked, not the file's.
            var edited = root.GetProperty("published")[1].GetProperty("diagnostics").EnumerateArray().ToList();
            Assert.Equal([("CL0004", 7), ("CL0005", 13)], edited.Select(d => (d.GetProperty("code").GetString(), d.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32())));

            var hover = root.GetProperty("hover").GetString()!;
            Assert.Contains("当事人、利害关系人认为执行行为违反法律规定的", hover, StringComparison.Ordinal);
            Assert.Contains("第二百三十六条", hover, StringComparison.Ordinal);
            Assert.Contains("CL0004: outdated-number", hover, StringComparison.Ordinal);

            Assert.Equal("Replace with 第二百三十六条", root.GetProperty("action").GetString());
            var expected = "> 草稿，未保存。\n" + File.ReadAllText(fixture).TrimEnd('\n').Replace("民事诉讼法第二百二十五条", "民事诉讼法第二百三十六条", StringComparison.Ordinal);
            Assert.Equal(expected, root.GetProperty("text").GetString());
            Assert.True(root.GetProperty("stopped").GetBoolean(), "the server did not exit after shutdown and exit");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}

/// <summary>
/// A Neovim test: skipped, with the reason shown, where Debian's neovim is absent on a developer machine (CI installs
/// it, and there its absence fails the test instead).
/// </summary>
internal sealed class NeovimFactAttribute : CitationLint.Tests.SkippableFactAttribute
{
    /// <summary>Debian's Neovim, which .ci/run installs.</summary>
    public const string Executable = "/usr/bin/nvim";

    public NeovimFactAttribute([System.Runtime.CompilerServices.CallerMemberName] string test = "")
        : base(test)
    {
        if (!File.Exists(Executable) && Environment.GetEnvironmentVariable("CI") != "true")
            SkipBecause($"no Neovim at {Executable} on this machine (.ci/run installs it: apt-get install neovim)");
    }
}
