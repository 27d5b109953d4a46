using System.Diagnostics;
using System.Text;
using Microsoft.Playwright;

namespace CitationLint.Browser.Tests;

/// <summary>
/// The HTML report in a real browser: Debian's Chromium (/usr/bin/chromium; .ci/run installs it), driven by
/// Playwright. The page must show every finding, filter them, move between them with the keyboard, and run no
/// script from the documents. Screenshots go to the test output folder.
/// </summary>
public sealed class ReportInBrowserTests : IAsyncLifetime
{
    private const string Chromium = ChromiumFactAttribute.Executable;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private readonly string _temp = Directory.CreateTempSubdirectory("citationlint-report-").FullName;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            Assert.True(Environment.GetEnvironmentVariable("CI") != "true", "CI must install chromium (.ci/run: apt-get install chromium)");
            return;
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            // No network here: keep Chromium from trying (PROVENANCE of this machine: its connections are refused).
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        Directory.Delete(_temp, recursive: true);
    }

    [ChromiumFact]
    public async Task Report_OfTheSamples_ShowsEveryFinding_AndFiltersHideTheOthers()
    {
        var html = Report("samples", RepositoryRoot, Path.Combine(RepositoryRoot, "samples"));
        await CheckPage(html, "samples");
    }

    [ChromiumFact(NeedsSeeds = true)]
    public async Task SharedCorpus_Report_OfTheSeeds_ShowsEveryFinding_AndFiltersHideTheOthers()
    {
        var seeds = ChromiumFactAttribute.Seeds;
        var html = Report("seeds", RepositoryRoot, seeds);
        await CheckPage(html, "seeds");
    }

    [ChromiumFact]
    public async Task Report_InChinese_HasChineseLabels_AndARuleLinkOpensTheRulesPageInTheReport()
    {
        var html = Report("samples-zh", RepositoryRoot, Path.Combine(RepositoryRoot, "samples"), "--lang", "zh-CN");
        var page = await _browser!.NewPageAsync(new() { ViewportSize = new() { Width = 1200, Height = 1600 } });
        await page.GotoAsync(new Uri(html).AbsoluteUri);
        Assert.Equal("CitationLint 检查报告", await page.TitleAsync());
        var total = await page.Locator("section.finding").CountAsync();
        Assert.Equal($"显示 {total} / {total} 处", await page.InnerTextAsync("#visible-count"));
        Assert.Contains("沿用", await page.InnerTextAsync("section.finding[data-rule=CL0004] .message"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Screenshot("report-samples-zh.png"), FullPage = true });

        // The rule's page is in the report: the link opens it there (no file or network needed).
        await page.Locator("section.finding[data-rule=CL0004] a.rule-link").First.ClickAsync();
        Assert.Equal("#rule-CL0004", await page.EvaluateAsync<string>("() => location.hash"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('rule-CL0004').open"));
        Assert.Contains("条文序号已过时", await page.InnerTextAsync("#rule-CL0004"), StringComparison.Ordinal);
        Assert.True(await page.Locator("#rule-CL0004 h1").IsVisibleAsync());
        await page.ScreenshotAsync(new() { Path = Screenshot("report-samples-zh-rule.png") });
    }

    [ChromiumFact]
    public async Task Report_RunsNoScriptFromTheDocuments()
    {
        var folder = Path.Combine(_temp, "hostile");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "a.txt"),
            "<script>window.__pwned=1</script>《民法典》第一千二百六十一条<img src=x onerror=\"window.__pwned=2\">\n"
            + "《治安管理处罚法》第四十二条：“<script>window.__pwned=3</script>多次发送淫秽、侮辱、恐吓或者其他信息，干扰他人正常生活的”\n");
        var html = Report("hostile", folder, folder);
        var page = await _browser!.NewPageAsync();
        await page.GotoAsync(new Uri(html).AbsoluteUri);
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__pwned"));
        Assert.Contains("<script>window.__pwned=1</script>", await page.InnerTextAsync("main"), StringComparison.Ordinal);
    }

    private async Task CheckPage(string html, string name)
    {
        var page = await _browser!.NewPageAsync(new() { ViewportSize = new() { Width = 1200, Height = 1600 } });
        await page.GotoAsync(new Uri(html).AbsoluteUri);
        var cards = page.Locator("section.finding");
        var total = await cards.CountAsync();
        Assert.True(total > 0, "no findings on the page");
        Assert.Equal(total, await page.Locator("section.finding:visible").CountAsync());
        Assert.Equal($"{total} of {total} shown", await page.InnerTextAsync("#visible-count"));
        await page.ScreenshotAsync(new() { Path = Screenshot($"report-{name}.png"), FullPage = true });

        // Filter on one rule: only its findings stay visible.
        var cl0004 = await page.Locator("section.finding[data-rule=CL0004]").CountAsync();
        Assert.True(cl0004 > 0);
        await page.SelectOptionAsync("#filter-rule", "CL0004");
        Assert.Equal(cl0004, await page.Locator("section.finding:visible").CountAsync());
        Assert.Equal(0, await page.Locator("section.finding:not([data-rule=CL0004]):visible").CountAsync());
        await page.ScreenshotAsync(new() { Path = Screenshot($"report-{name}-CL0004.png"), FullPage = true });

        // The keyboard moves between the visible findings.
        await page.Keyboard.PressAsync("j");
        Assert.Equal("CL0004", await page.EvaluateAsync<string>("() => document.activeElement.dataset.rule"));
        await page.SelectOptionAsync("#filter-rule", "");
        Assert.Equal(total, await page.Locator("section.finding:visible").CountAsync());
    }

    private string Report(string name, string workingDirectory, string path, params string[] options)
    {
        var html = Path.Combine(_temp, name + ".html");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, StandardErrorEncoding = Encoding.UTF8 };
        foreach (var argument in (string[])[Path.Combine(AppContext.BaseDirectory, "citationlint.dll"), "report", "--html", html, "--as-of", "2026-11-30", .. options, path])
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, errors);
        return html;
    }

    private static string Screenshot(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    internal static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string FindRepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CitationLint.sln")))
            folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("CitationLint.sln not found");
    }
}

/// <summary>
/// A browser test: skipped, with the reason shown, where Debian's Chromium is absent on a developer machine (CI
/// installs it, and there its absence fails the test instead); a test of the seeds also needs ../shared beside the clone.
/// </summary>
internal sealed class ChromiumFactAttribute : CitationLint.Tests.SkippableFactAttribute
{
    /// <summary>Debian's Chromium, which .ci/run installs.</summary>
    public const string Executable = "/usr/bin/chromium";

    public ChromiumFactAttribute([System.Runtime.CompilerServices.CallerMemberName] string test = "")
        : base(test)
    {
        if (!File.Exists(Executable) && Environment.GetEnvironmentVariable("CI") != "true")
            SkipBecause($"no Chromium at {Executable} on this machine (.ci/run installs it: apt-get install chromium fonts-noto-cjk)");
    }

    /// <summary>The test reads the seeds in ../shared/corpus/seeds.</summary>
    public bool NeedsSeeds
    {
        get => false;
        set
        {
            if (value && Skip is null && !Directory.Exists(Seeds))
                SkipBecause($"the seeds are not beside the clone ({Seeds})");
        }
    }

    /// <summary>Where the seeds are, beside the clone.</summary>
    public static string Seeds => Path.GetFullPath(Path.Combine(ReportInBrowserTests.RepositoryRoot, "..", "shared", "corpus", "seeds"));
}
