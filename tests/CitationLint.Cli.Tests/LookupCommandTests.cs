namespace CitationLint.Cli.Tests;

public sealed class LookupCommandTests
{
    private static (int ExitCode, string Output, string Errors) Lookup(params string[] arguments) =>
        CitationLintProcess.Run(CitationLintProcess.RepositoryRoot, ["lookup", .. arguments]);

    [Fact]
    public void Lookup_PrintsTheArticle()
    {
        var (exitCode, output, _) = Lookup("民法典", "1032");
        Assert.Equal(0, exitCode);
        Assert.StartsWith("中华人民共和国民法典 第一千零三十二条\n", output, StringComparison.Ordinal);
        Assert.Contains("\n自然人享有隐私权。任何组织或者个人不得以刺探、侵扰、泄露、公开等方式侵害他人的隐私权。\n", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("一千零三十二")]
    [InlineData("第1032条")]
    [InlineData("第一千零三十二条")]
    public void Lookup_ReadsTheArticleNumberAsWritten(string article) =>
        Assert.StartsWith("中华人民共和国民法典 第一千零三十二条", Lookup("中华人民共和国民法典", article).Output, StringComparison.Ordinal);

    [Fact]
    public void Lookup_InsertedArticle() =>
        Assert.StartsWith("中华人民共和国刑法 第二百九十三条之一", Lookup("刑法", "293-1").Output, StringComparison.Ordinal);

    [Fact]
    public void Lookup_Version_PicksAnOlderText()
    {
        var (exitCode, output, _) = Lookup("治安管理处罚法", "42", "--version", "2012-10-26");
        Assert.Equal(0, exitCode);
        Assert.Contains("Version 2012-10-26", output, StringComparison.Ordinal);
        Assert.Contains("处五日以下拘留或者五百元以下罚款", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Lookup_History_ShowsTheProvisionInEveryVersion()
    {
        var (exitCode, output, _) = Lookup("治安管理处罚法", "42", "--version", "2012-10-26", "--history");
        Assert.Equal(0, exitCode);
        Assert.Contains("2012-10-26 (修正, in force 2013-01-01): 第四十二条 ◀", output, StringComparison.Ordinal);
        Assert.Contains("2025-06-27 (修订, in force 2026-01-01): 第五十条", output, StringComparison.Ordinal);
        Assert.Contains("处五日以下拘留或者一千元以下罚款", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Lookup_History_ThroughAnAbbreviation()
    {
        var (_, output, _) = Lookup("民诉法", "251", "--version", "2021-12-24", "--history");
        Assert.Contains("2017-06-27 (修正, in force 2017-07-01): 第二百四十四条", output, StringComparison.Ordinal);
        Assert.Contains("2021-12-24 (修正, in force 2022-01-01): 第二百五十一条", output, StringComparison.Ordinal);
        Assert.Contains("2023-09-01 (修正, in force 2024-01-01): 第二百五十五条", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Lookup_MisspeltName_IsTakenForItsLaw_AndSaysSo()
    {
        var (exitCode, output, errors) = Lookup("民法点", "577");
        Assert.Equal(0, exitCode);
        Assert.Contains("'民法点' taken for 《中华人民共和国民法典》", errors, StringComparison.Ordinal);
        Assert.StartsWith("中华人民共和国民法典 第五百七十七条", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Lookup_RepealedLaw_NamesTheSuccessorArticle() =>
        Assert.Contains("carried on by 中华人民共和国民法典 第五百七十七条", Lookup("合同法", "107").Output, StringComparison.Ordinal);

    [Theory]
    [InlineData("贷款逾期催收公约", "1", "no law named '贷款逾期催收公约' in the statute table; did you mean 《互联网金融逾期债务催收自律公约（试行）》?")]
    [InlineData("公安处罚法", "43", "no law named '公安处罚法' in the statute table\n")] // no guess between 行政处罚法 and 治安管理处罚法
    [InlineData("民法典", "9999", "has no 第九千九百九十九条")]
    [InlineData("民法典", "abc", "'abc' is not an article number")]
    [InlineData("互联网金融逾期债务催收自律公约", "13", "known by name only")]
    public void Lookup_Errors_ExitWith2(string law, string article, string message)
    {
        var (exitCode, _, errors) = Lookup(law, article);
        Assert.Equal(2, exitCode);
        Assert.Contains(message, errors, StringComparison.Ordinal);
    }
}
