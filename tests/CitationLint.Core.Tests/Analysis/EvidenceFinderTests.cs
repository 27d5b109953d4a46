using CitationLint.Analysis;
using CitationLint.Syntax;

namespace CitationLint.Core.Tests.Analysis;

public sealed class EvidenceFinderTests
{
    // Page prose around a citation (the first one in the text is judged; the citation after it, if any, bounds its
    // evidence) → how its words are attached and what they are.
    [Theory]
    // A marked quote after 规定：, the page's words after it left out.
    [InlineData("卖方迟迟不交货，《民法典》第五百七十七条规定：“当事人一方不履行合同义务或者履行合同义务不符合约定的，应当承担继续履行、采取补救措施或者赔偿损失等违约责任。”买方可以要求赔偿。",
        EvidenceKind.Quote, "当事人一方不履行合同义务或者履行合同义务不符合约定的，应当承担继续履行、采取补救措施或者赔偿损失等违约责任。")]
    // Statute text pasted after a space, as statutes lay it out.
    [InlineData("《民事诉讼法》第二百二十五条 当事人、利害关系人认为执行行为违反法律规定的，可以向负责执行的人民法院提出书面异议。",
        EvidenceKind.Implicit, "当事人、利害关系人认为执行行为违反法律规定的，可以向负责执行的人民法院提出书面异议。")]
    [InlineData("第四十七条 经济补偿按劳动者在本单位工作的年限，每满一年支付一个月工资的标准向劳动者支付。\n第四十八条 用人单位违反本法规定解除或者终止劳动合同，劳动者要求继续履行劳动合同的，用人单位应当继续履行",
        EvidenceKind.Implicit, "经济补偿按劳动者在本单位工作的年限，每满一年支付一个月工资的标准向劳动者支付。")]
    // The title on a line of its own, the article below it.
    [InlineData("《中华人民共和国民法典》\n第六百八十条 禁止高利放贷，借款的利率不得违反国家有关规定。",
        EvidenceKind.Implicit, "禁止高利放贷，借款的利率不得违反国家有关规定。")]
    // The rest of the line after a colon.
    [InlineData("关于利息，《民法典》第六百八十条：借款合同对支付利息没有约定的，视为没有利息。",
        EvidenceKind.Implicit, "借款合同对支付利息没有约定的，视为没有利息。")]
    // What 的规定， introduces.
    [InlineData("小区物业主张业主自己举证，但根据《民法典》第一千一百六十五条第二款的规定，依照法律规定推定行为人有过错，其不能证明自己没有过错的，应当承担侵权责任。",
        EvidenceKind.Implicit, "依照法律规定推定行为人有过错，其不能证明自己没有过错的，应当承担侵权责任。")]
    // Text glued to a bare article number at a line's start under a heading: the article's body, its 项 included,
    // up to the next article.
    [InlineData("第三章 违反治安管理的行为和处罚\n第二十六条有下列行为之一的，处五日以上十日以下拘留，可以并处五百元以下罚款；情节较重的，处十日以上十五日以下拘留，可以并处一千元以下罚款：\n（一）结伙斗殴的；\n（二）追逐、拦截他人的；\n第二十七条 有下列行为之一的，处十日以上十五日以下拘留",
        EvidenceKind.Implicit, "有下列行为之一的，处五日以上十日以下拘留，可以并处五百元以下罚款；情节较重的，处十日以上十五日以下拘留，可以并处一千元以下罚款：\n（一）结伙斗殴的；\n（二）追逐、拦截他人的；")]
    // Words glued to 规定 (规定了…) are the author's.
    [InlineData("朋友借钱没写利息，《民法典》第六百八十条规定了这种情况，自然人之间借款的视为没有利息。",
        EvidenceKind.Paraphrase, "了这种情况，自然人之间借款的视为没有利息。")]
    // After a comma, with no lead word: the author's words too.
    [InlineData("借条上没写利息，按照《民法典》第六百八十条，自然人之间借款的视为没有利息。",
        EvidenceKind.Paraphrase, "自然人之间借款的视为没有利息。")]
    // A number inside a sentence (…第四十七条中…): the sentence, the citation cut out.
    [InlineData("离职补偿的算法写在《劳动合同法》第四十七条中，按工作年限每满一年支付一个月工资。",
        EvidenceKind.Paraphrase, "离职补偿的算法写在…中，按工作年限每满一年支付一个月工资")]
    [InlineData("依照民事诉讼法第二百二十五条的规定处理。", EvidenceKind.Paraphrase, "依照…的规定处理")]
    // The next citation ends the evidence.
    [InlineData("双方都有过错时，《民法典》第五百七十七条规定，违约方应当承担违约责任，《民法典》第五百九十二条规定了双方违约的处理。",
        EvidenceKind.Implicit, "违约方应当承担违约责任，")]
    [InlineData("离职补偿的算法写在《劳动合同法》第四十七条中，《劳动合同法》第八十七条另有规定。",
        EvidenceKind.Paraphrase, "离职补偿的算法写在…中，")]
    // A heading's body: past the lead word, its comma or colon and blank lines; up to a citation starting a new
    // sentence, but through one inside the article's own sentence.
    [InlineData("执行异议怎么提\n\n《民事诉讼法》第二百二十五条规定，当事人、利害关系人认为执行行为违反法律规定的，可以向负责执行的人民法院提出书面异议。",
        EvidenceKind.Implicit, "当事人、利害关系人认为执行行为违反法律规定的，可以向负责执行的人民法院提出书面异议。")]
    [InlineData("# 借款利息\n\n《民法典》第六百八十条的规定：\n\n借款合同对支付利息没有约定的，视为没有利息。",
        EvidenceKind.Implicit, "借款合同对支付利息没有约定的，视为没有利息。")]
    [InlineData("支付令和执行异议\n\n《民事诉讼法》第二百二十五条规定，债权人可以申请支付令；《民事诉讼法》第二百三十六条：当事人、利害关系人认为执行行为违反法律规定的，可以提出书面异议。",
        EvidenceKind.Implicit, "债权人可以申请支付令；")]
    public void FindsTheWordsACitationIsJudgedBy(string prose, EvidenceKind kind, string words)
    {
        var (evidence, next) = FindFirst(prose);
        Assert.NotNull(evidence);
        Assert.Equal((kind, words), (evidence.Kind, evidence.Text));
        Assert.True(evidence.Span.End <= next, $"the evidence runs into the next citation: {prose[evidence.Span.Start..evidence.Span.End]}");
    }

    [Theory]
    // Nothing after the citation, and too little before it.
    [InlineData("详见《民法典》第五百七十七条。")]
    // A caption after the number, not the article's text.
    [InlineData("《民法典》第五百七十七条 违约责任")]
    public void SaysNothingWithoutEnoughWords(string prose) => Assert.Null(FindFirst(prose).Evidence);

    private static (CitationEvidence? Evidence, int Next) FindFirst(string prose)
    {
        var citations = CitationFinder.Find(prose);
        var next = citations.Count > 1 ? citations[1].Span.Start : prose.Length;
        return (EvidenceFinder.Find(prose, citations[0], next), next);
    }
}
