using CitationLint.Documents;
using CitationLint.Output;
using CitationLint.Rules;
using CitationLint.Syntax;

namespace CitationLint.Core.Tests.Output;

public sealed class CitationVerdictTests
{
    // The rule → verdict table (design §4 for the rules; issue 17 for the verdicts); null: a note, no verdict.
    public static TheoryData<string, string?> RuleVerdicts { get; } = new()
    {
        { "CL0001", "unknown_law" },
        { "CL0002", "no_such_article" },
        { "CL0003", "wrong_provision" },
        { "CL0004", "outdated" },
        { "CL0005", "repealed" },
        { "CL0006", "unresolved" },
        { "CL0007", null },
        { "CL0008", null },
        { "CL0009", null },
        { "CL0010", "altered_quote" },
        { "CL0011", "not_checkable" },
    };

    [Theory]
    [MemberData(nameof(RuleVerdicts))]
    public void ForRule_MapsEachRuleToItsVerdict(string ruleId, string? verdict) =>
        Assert.Equal(verdict, CitationVerdicts.ForRule(ruleId) is { } v ? CitationVerdicts.Name(v) : null);

    [Fact]
    public void ForRule_CoversEveryRuleOfTheCatalog() =>
        Assert.Equal(RuleCatalog.All.Select(d => d.Id), RuleVerdicts.Select(row => (string)row[0]));

    [Fact]
    public void Of_NoFinding_IsVerified() =>
        Assert.Equal((CitationVerdict.Verified, null), CitationVerdicts.Of([]));

    [Fact]
    public void Of_OnlyNotes_IsVerified() =>
        Assert.Equal(CitationVerdict.Verified, CitationVerdicts.Of([Finding(NonstandardNameRule.Rule), Finding(NumeralStyleRule.Rule)]).Verdict);

    [Theory]
    [InlineData("CL0005", "CL0003", "wrong_provision")] // a repealed law's citation whose quote is another article's
    [InlineData("CL0004", "CL0010", "outdated")]
    [InlineData("CL0002", "CL0005", "no_such_article")]
    [InlineData("CL0011", "CL0005", "not_checkable")]
    [InlineData("CL0008", "CL0001", "unknown_law")]
    public void Of_SeveralFindings_TheFirstInTheTableDecides(string first, string second, string verdict)
    {
        var findings = new[] { Finding(RuleCatalog.Find(first)!), Finding(RuleCatalog.Find(second)!) };
        var (found, decisive) = CitationVerdicts.Of(findings);
        Assert.Equal(verdict, CitationVerdicts.Name(found));
        Assert.Equal(CitationVerdicts.ForRule(decisive!.Id), found);
    }

    [Fact]
    public void Name_EveryVerdictHasOne() =>
        Assert.Equal(
            ["verified", "outdated", "wrong_provision", "altered_quote", "repealed", "unknown_law", "no_such_article", "unresolved", "not_checkable"],
            Enum.GetValues<CitationVerdict>().Select(CitationVerdicts.Name));

    [Fact]
    public void Outcomes_GiveEachCitationItsVerdictAndCorrection()
    {
        var text =
            "借款到期，《中华人民共和国民法典》第六百七十五条规定：“借款人应当按照约定的期限支付利息。”\n\n"
            + "反复发消息骚扰的，依照《治安管理处罚法》第四十二条：“多次发送淫秽、侮辱、恐吓或者其他信息，干扰他人正常生活的”。\n\n"
            + "违约责任见《合同法》第一百零七条。\n\n"
            + "催收人员援引《贷款逾期催收公约》第五条。\n\n"
            + "《民法典》第一千零三十二条规定：“自然人享有隐私权。”";
        var outcomes = Outcomes(text);
        Assert.Equal(
            [
                ("《中华人民共和国民法典》第六百七十五条", "wrong_provision", "《中华人民共和国民法典》第六百七十四条"),
                ("《治安管理处罚法》第四十二条", "outdated", "《治安管理处罚法》第五十条"),
                ("《合同法》第一百零七条", "repealed", "《民法典》第五百七十七条"),
                ("《贷款逾期催收公约》第五条", "unknown_law", null),
                ("《民法典》第一千零三十二条", "verified", null),
            ],
            outcomes.Citations.Select(c => (text[c.Span.Start..c.Span.End], CitationVerdicts.Name(c.Verdict), c.Corrected)));
        Assert.Empty(outcomes.Other);
    }

    [Fact]
    public void Outcomes_AFindingAboutTheLawHoldsForEachArticleCited()
    {
        var outcomes = Outcomes("催收人员援引《贷款逾期催收公约》第五条、第六条。《德国民法典》第823条、第824条。依据《合同法》第一百零七条、第一百零八条。");
        Assert.Equal(
            ["unknown_law", "unknown_law", "not_checkable", "not_checkable", "repealed", "repealed"],
            outcomes.Citations.Select(c => CitationVerdicts.Name(c.Verdict)));
        Assert.All(outcomes.Citations, c => Assert.NotNull(c.Decisive));
        Assert.Equal("《民法典》第五百七十八条", outcomes.Citations[^1].Corrected);
    }

    [Fact]
    public void Outcomes_ARangeIsOneCitation()
    {
        var citation = Assert.Single(Outcomes("《民法典》第一千零三十二条至第一千零三十四条规定了隐私权。").Citations);
        Assert.Equal((CitationVerdict.Verified, new ArticleNumber(1034, 0)), (citation.Verdict, citation.Through?.Article));
    }

    private static CitationOutcomes Outcomes(string text) =>
        CitationOutcomes.From(TestPipeline.Checker(new DateOnly(2026, 6, 1)).Check(DocumentReader.Read("a.md", text, DocumentFormat.Markdown)));

    private static Diagnostic Finding(RuleDescriptor rule) => new(rule, rule.DefaultSeverity, new TextSpan(0, 1), rule.Id, null);
}
