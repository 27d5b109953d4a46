using System.Globalization;
using CitationLint.Cli.Commands;

namespace CitationLint.Cli.Tests;

/// <summary>
/// The run's language (<see cref="OutputLanguage"/>): where it comes from, and the CLI's own texts in Chinese — its
/// errors, notes, explain, lookup, baseline and report. The checker's messages are the goldens' (OutputFormatTests).
/// </summary>
public sealed class LanguageTests : IDisposable
{
    private const string AsOf = "2026-11-30";

    private readonly string _temp = Directory.CreateTempSubdirectory("citationlint-language-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    // --lang, CITATIONLINT_LANG, then LC_ALL, LC_MESSAGES and LANG as POSIX orders them; an empty variable is unset.
    [Theory]
    [InlineData(null, null, null, null, null, "en")] // nothing says: English
    [InlineData(null, null, null, null, "C.UTF-8", "en")]
    [InlineData(null, null, null, null, "POSIX", "en")]
    [InlineData(null, null, null, null, "fr_FR.UTF-8", "en")] // a language the tool does not speak
    [InlineData(null, null, null, null, "zh_CN.UTF-8", "zh")]
    [InlineData(null, null, null, null, "zh_TW.UTF-8", "zh")]
    [InlineData(null, null, null, null, "zh_CN", "zh")]
    [InlineData(null, null, null, "zh_CN.UTF-8", "en_US.UTF-8", "zh")] // LC_MESSAGES over LANG
    [InlineData(null, null, null, "en_US.UTF-8", "zh_CN.UTF-8", "en")]
    [InlineData(null, null, "C", "zh_CN.UTF-8", "zh_CN.UTF-8", "en")] // LC_ALL over both
    [InlineData(null, null, "zh_CN.UTF-8", "C", "C", "zh")]
    [InlineData(null, null, "", "", "zh_CN.UTF-8", "zh")] // empty means unset
    [InlineData(null, "zh-CN", "C", "C", "C", "zh")] // CITATIONLINT_LANG over the locale
    [InlineData(null, "en", "zh_CN.UTF-8", null, null, "en")]
    [InlineData(null, "", null, null, "zh_CN.UTF-8", "zh")]
    [InlineData("zh-CN", null, null, null, null, "zh")] // --lang over everything
    [InlineData("zh", "en", "C", null, "C", "zh")]
    [InlineData("zh-Hans", null, null, null, null, "zh")]
    [InlineData("en", "zh-CN", "zh_CN.UTF-8", "zh_CN.UTF-8", "zh_CN.UTF-8", "en")]
    public void Choose_FollowsTheOptionThenTheEnvironment(
        string? option, string? citationLintLang, string? lcAll, string? lcMessages, string? lang, string expected)
    {
        var environment = new Dictionary<string, string?>
        {
            ["CITATIONLINT_LANG"] = citationLintLang, ["LC_ALL"] = lcAll, ["LC_MESSAGES"] = lcMessages, ["LANG"] = lang,
        };
        var chosen = OutputLanguage.Choose(option, name => environment.GetValueOrDefault(name), CultureInfo.InvariantCulture);
        Assert.Same(expected == "zh" ? OutputLanguage.Chinese : OutputLanguage.English, chosen);
    }

    [Theory]
    [InlineData("zh-Hans", "zh")]
    [InlineData("zh-CN", "zh")]
    [InlineData("en-US", "en")]
    [InlineData("", "en")]
    public void Choose_WithNothingSet_FollowsTheUiCulture(string uiCulture, string expected)
    {
        var chosen = OutputLanguage.Choose(null, _ => null, uiCulture.Length == 0 ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(uiCulture));
        Assert.Same(expected == "zh" ? OutputLanguage.Chinese : OutputLanguage.English, chosen);
    }

    [Theory]
    [InlineData("zh-CN", true)]
    [InlineData("zh", true)]
    [InlineData("ZH-cn", true)]
    [InlineData("zh-Hans", true)]
    [InlineData("zh_CN", true)]
    [InlineData("en", true)]
    [InlineData("en-GB", true)]
    [InlineData("fr", false)]
    [InlineData("chinese", false)]
    [InlineData("zhx", false)]
    [InlineData("", false)]
    public void LangOption_TakesEnglishAndChineseNames(string name, bool taken) => Assert.Equal(taken, OutputLanguage.IsLanguageName(name));

    [Fact]
    public void LangOption_OtherLanguage_IsAUsageError()
    {
        var (exitCode, _, errors) = CitationLintProcess.Run(_temp, "check", "--lang", "fr", ".");
        Assert.Equal(2, exitCode);
        Assert.Contains("--lang 'fr' is not a language this tool speaks: use zh-CN or en.", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CITATIONLINT_LANG", "zh-CN", "zh")]
    [InlineData("LANG", "zh_CN.UTF-8", "zh")]
    [InlineData("LC_MESSAGES", "zh_CN.UTF-8", "zh")]
    [InlineData("LANG", "en_US.UTF-8", "en")]
    public void Check_TakesItsLanguageFromTheEnvironment(string variable, string value, string expected)
    {
        File.WriteAllText(Path.Combine(_temp, "a.md"), "《民法典》第九千条\n");
        var (_, output, _) = CitationLintProcess.RunWith(new Dictionary<string, string> { [variable] = value }, _temp, "check", "--as-of", AsOf, "a.md");
        Assert.Equal(
            expected == "zh"
                ? "a.md(1,1,1,10): error CL0002: 《中华人民共和国民法典》（2020年版）没有第九千条\n已检查 1 个文件：1 处引用，1 个错误、0 个警告、0 条建议。\n"
                : "a.md(1,1,1,10): error CL0002: 《中华人民共和国民法典》 (2020-05-28 version) has no 第九千条\n1 file checked: 1 citation, 1 error, 0 warnings, 0 suggestions.\n",
            output);
    }

    [Fact]
    public void LangOption_OverridesTheEnvironment()
    {
        File.WriteAllText(Path.Combine(_temp, "a.md"), "《民法典》第九千条\n");
        var (_, output, _) = CitationLintProcess.RunWith(new Dictionary<string, string> { ["CITATIONLINT_LANG"] = "zh-CN" }, _temp, "check", "--lang", "en", "--as-of", AsOf, "a.md");
        Assert.EndsWith("1 file checked: 1 citation, 1 error, 0 warnings, 0 suggestions.\n", output, StringComparison.Ordinal);
    }

    // The CLI's own errors, warnings and notes; what Core says inside them (a file's read error) stays English.
    [Theory]
    [InlineData("check --lang zh-CN missing.md", "citationlint: 错误：missing.md: 找不到该文件或文件夹\n")]
    [InlineData("check --lang zh-CN --as-of 2026-13-01 .", "citationlint: 错误：--as-of 的值“2026-13-01”不是 YYYY-MM-DD 格式的日期。\n")]
    [InlineData("check --lang zh-CN --dry-run .", "citationlint: 错误：--dry-run 须与 --fix 一起使用。\n")]
    [InlineData("check --lang zh-CN --stdin-path a.md .", "citationlint: 错误：--stdin-path 指定的是标准输入所代表的文件：请在路径中给出 -。\n")]
    [InlineData("check --lang zh-CN --baseline none.json .", "citationlint: 错误：none.json：找不到该基线文件\n")]
    [InlineData("check --lang zh-CN empty", "citationlint: 警告：empty 中没有要检查的文件（*.md、*.markdown、*.txt）；如果本来就没有，请加 --allow-empty\n")]
    [InlineData("check --lang zh-CN --allow-empty empty", "citationlint: 提示：empty 中没有要检查的文件（--allow-empty）\n")]
    [InlineData("check --lang zh-CN --frobnicate .", "citationlint: 错误：“check”没有“--frobnicate”这个选项。\n")]
    [InlineData("baseline --lang zh-CN missing.md", "citationlint: 提示：由于上述错误，未写入 .citationlint-baseline.json。\n")]
    [InlineData("explain --lang zh-CN CL9999", "citationlint: 错误：没有规则“CL9999”；现有规则：CL0001, ")]
    [InlineData("lookup --lang zh-CN 民法典 9999", "citationlint: 错误：《中华人民共和国民法典》（2020年版）没有第九千九百九十九条\n")]
    [InlineData("lookup --lang zh-CN 公安处罚法 43", "citationlint: 错误：法规库中没有名为“公安处罚法”的法律\n")]
    [InlineData("lookup --lang zh-CN 民法典 abc", "citationlint: 错误：“abc”不是条文序号（可写作 1032、一千零三十二 或 293-1）\n")]
    [InlineData("lookup --lang zh-CN 民法典 1 --version 2020", "citationlint: 错误：--version 的值“2020”不是 YYYY-MM-DD 格式的日期\n")]
    [InlineData("lookup --lang zh-CN 民法点 577", "citationlint: “民法点”按《中华人民共和国民法典》查找\n")]
    public void CliMessages_InChinese(string commandLine, string expected)
    {
        Directory.CreateDirectory(Path.Combine(_temp, "empty"));
        File.WriteAllText(Path.Combine(_temp, "a.md"), "《民法典》第一千零三十二条\n");
        var (_, _, errors) = CitationLintProcess.Run(_temp, commandLine.Split(' '));
        Assert.Contains(expected, errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_InChinese_PrintsTheChinesePage_AndInEnglishTheEnglishOne()
    {
        foreach (var (arguments, page) in new[]
        {
            (new[] { "explain", "CL0003", "--lang", "zh-CN" }, "docs/rules/zh-CN/CL0003.md"),
            (new[] { "explain", "quote-mismatch", "--lang", "zh-CN" }, "docs/rules/zh-CN/CL0003.md"),
            (new[] { "explain", "CL0003" }, "docs/rules/CL0003.md"),
            (new[] { "explain", "CL0003", "--lang", "en" }, "docs/rules/CL0003.md"),
        })
        {
            var (exitCode, output, _) = CitationLintProcess.Run(_temp, arguments);
            Assert.Equal(0, exitCode);
            Assert.Equal(File.ReadAllText(Path.Combine(CitationLintProcess.RepositoryRoot, page)), output);
        }
    }

    [Fact]
    public void Explain_InChinese_HasEveryRulesPage()
    {
        foreach (var rule in Rules.RuleCatalog.All)
        {
            var (exitCode, output, _) = CitationLintProcess.Run(_temp, "explain", rule.Id, "--lang", "zh-CN");
            Assert.Equal(0, exitCode);
            Assert.StartsWith($"# {rule.Id}: {rule.Name}\n", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Lookup_InChinese_SaysVersionsAndDatesAsChineseEditorsWriteThem()
    {
        var (_, article, _) = CitationLintProcess.Run(_temp, "lookup", "--lang", "zh-CN", "治安管理处罚法", "42", "--version", "2012-10-26");
        Assert.StartsWith("中华人民共和国治安管理处罚法 第四十二条\n2012年10月26日修正，2013年1月1日起施行", article, StringComparison.Ordinal);

        var (_, history, _) = CitationLintProcess.Run(_temp, "lookup", "--lang", "zh-CN", "治安管理处罚法", "42", "--version", "2012-10-26", "--history");
        Assert.StartsWith("《中华人民共和国治安管理处罚法》第四十二条（2012年修正）在各版本中的序号与文字：\n", history, StringComparison.Ordinal);
        Assert.Contains("\n2012年10月26日修正（2013年1月1日起施行）：第四十二条 ◀\n", history, StringComparison.Ordinal);
        Assert.Contains("\n2025年6月27日修订（2026年1月1日起施行）：第五十条\n", history, StringComparison.Ordinal);

        var (_, repealed, _) = CitationLintProcess.Run(_temp, "lookup", "--lang", "zh-CN", "合同法", "107");
        Assert.Contains("\n已于2021年1月1日废止，由《中华人民共和国民法典》第五百七十七条承继。\n", repealed, StringComparison.Ordinal);
    }

    // A baseline records English messages: written in one language, it forgives the same findings in the other, and
    // the summary says so in the run's language.
    [Fact]
    public void Baseline_WrittenInChinese_ForgivesInBothLanguages_AndTheSummarySaysSo()
    {
        File.WriteAllText(Path.Combine(_temp, "a.md"), "《民法典》第九千条\n\n《合同法》第一百零七条\n");
        var (exitCode, written, _) = CitationLintProcess.Run(_temp, "baseline", "--lang", "zh-CN", "--as-of", AsOf, "a.md");
        Assert.Equal(0, exitCode);
        Assert.Equal("已将 1 个文件中的 2 条问题记入 .citationlint-baseline.json。\n", written);

        File.AppendAllText(Path.Combine(_temp, "a.md"), "\n《民法典》第九千零一条\n");
        var (_, chinese, _) = CitationLintProcess.Run(_temp, "check", "--lang", "zh-CN", "--as-of", AsOf, "a.md");
        Assert.Equal(
            "a.md(5,1,5,12): error CL0002: 《中华人民共和国民法典》（2020年版）没有第九千零一条\n"
            + "已检查 1 个文件：3 处引用，1 个错误、0 个警告、0 条建议；另有 2 条已由基线免除。\n",
            chinese);
        var (_, english, _) = CitationLintProcess.Run(_temp, "check", "--as-of", AsOf, "a.md");
        Assert.EndsWith("1 file checked: 3 citations, 1 error, 0 warnings, 0 suggestions, 2 forgiven by the baseline.\n", english, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_InChinese_SaysWhatItFixed()
    {
        File.WriteAllText(Path.Combine(_temp, "a.md"), "民诉法第一百一十九条规定：“起诉必须符合下列条件：（一）原告是与本案有直接利害关系的公民、法人和其他组织；”\n");
        var (_, _, errors) = CitationLintProcess.Run(_temp, "check", "--fix", "--lang", "zh-CN", "--as-of", AsOf, "a.md");
        Assert.Equal("citationlint: 已修正 a.md 中的 2 处问题\n", errors);
    }

    [Fact]
    public void Report_InChinese_WritesTheChinesePage_AndSaysSoInChinese()
    {
        File.WriteAllText(Path.Combine(_temp, "a.md"), "《民法典》第九千条\n");
        var (exitCode, output, _) = CitationLintProcess.Run(_temp, "report", "--lang", "zh-CN", "--as-of", AsOf, "--html", "r.html", "a.md");
        Assert.Equal(0, exitCode);
        Assert.Equal("已写入 r.html：1 个文件中共 1 条问题。\n", output);
        var html = File.ReadAllText(Path.Combine(_temp, "r.html"));
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("《中华人民共和国民法典》（2020年版）没有第九千条", html, StringComparison.Ordinal);
        Assert.Contains("docs/rules/zh-CN/CL0002.md", html, StringComparison.Ordinal);

        CitationLintProcess.Run(_temp, "report", "--as-of", AsOf, "--html", "r.html", "a.md");
        Assert.Contains("<html lang=\"en\">", File.ReadAllText(Path.Combine(_temp, "r.html")), StringComparison.Ordinal);
    }
}
