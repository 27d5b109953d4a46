using CitationLint.Statutes.Alignment;

namespace CitationLint.Core.Tests.Statutes;

/// <summary>How quotes are compared with statute text: numbers across scripts, masked words, moved words.</summary>
public sealed class QuoteComparisonTests
{
    [Theory]
    [InlineData("经过六十日", "经过60日")]
    [InlineData("百分之二十", "20%")]
    [InlineData("二十", "20")] // not 20%: a percentage stays one
    [InlineData("二倍以下", "2倍以下")]
    [InlineData("第一千零三十二条", "第1032条")]
    [InlineData("十日内", "10日内")]
    [InlineData("一般规定", "1般规定")] // words with a numeral fold alike on both sides
    [InlineData("十十", "十10")] // not a number: its first character as written, the rest read again
    [InlineData("一一切", "一1切")] // (一)一切 without its marker's marks: the word reads as the quote's 1切
    [InlineData("没有数字", "没有数字")]
    public void NumeralFolding_WritesChineseNumbersInDigits(string text, string folded) =>
        Assert.Equal(folded, NumeralFolding.Fold(text));

    [Theory]
    // 六 = 6 = ６, 百分之二十 = 20%, 二倍 = 2倍: the same words.
    [InlineData("自公告发出之日起，经过60日，即视为送达。", "自公告发出之日起，经过六十日，即视为送达。")]
    [InlineData("处以罚款的，不得超过２０%。", "处以罚款的，不得超过百分之二十。")]
    [InlineData("可以处2倍以下的罚款", "可以处二倍以下的罚款")]
    // Masked words on Q&A sites are unknown, not changed.
    [InlineData("由人民*依法审理", "由人民法院依法审理")]
    [InlineData("向最高*申请再审", "向最高人民法院申请再审")]
    // 项 inline, each starting with a numeral: the quote's （一） is a marker, the law's too.
    [InlineData("按照下列顺序办理： （一）一般事项先办； （二）二审案件后办。", "按照下列顺序办理：\n（一）一般事项先办；\n（二）二审案件后办。")]
    [InlineData("保证的方式有：（一）一般保证；（二）连带责任保证。", "保证的方式有：\n（一）一般保证；\n（二）连带责任保证。")]
    public void IsFaithful_ReadsNumbersAcrossScriptsAndMasksAsUnknown(string quote, string text) =>
        Assert.True(QuoteMatcher.IsFaithful(quote, text));

    [Theory]
    [InlineData("经过三十日，即视为送达", "经过六十日，即视为送达", "30")] // a changed number is a change, whole
    [InlineData("处五日以下拘留或者一百元以下罚款", "处五日以下拘留或者一千元以下罚款", "100")] // not a "0" the law adds
    [InlineData("处十日以上拘留", "处十日以下拘留", "上")] // a word of degree, one character
    [InlineData("当事人应当约定违约金", "当事人可以约定违约金，约定的违约金低于造成的损失的，人民法院应当增加", "应当")] // 应当 stands elsewhere, 可以 is gone
    [InlineData("公民享有隐私权", "自然人享有隐私权", "公民")]
    [InlineData("经营者可以拒绝", "经营者不得拒绝", "可以")]
    public void Changes_ListsRealChanges(string quote, string text, string changed) =>
        Assert.Contains(QuoteMatcher.Changes(quote, text), c => c.Quoted == changed);

    [Theory]
    // The lead-in quoted after its item is moved, not changed.
    [InlineData("突发疾病死亡的，视同工伤", "职工有下列情形之一的，视同工伤：（一）在工作时间和工作岗位，突发疾病死亡的；")]
    // A lone character that is neither a number nor a negation is a copy's drift.
    [InlineData("或者使用本节规定的其他方式无法送达的", "或者用本节规定的其他方式无法送达的")]
    [InlineData("由人民*依法审理", "由人民法院依法审理")]
    [InlineData("保证的方式有：（一）一般保证；（二）连带责任保证。", "保证的方式有：\n（一）一般保证；\n（二）连带责任保证。")]
    public void Changes_IgnoresMovedWordsDriftAndMasks(string quote, string text) =>
        Assert.Empty(QuoteMatcher.Changes(quote, text));

    [Theory]
    // The quote index scores a candidate's normalized text without fingerprinting it: the same coverage, repeated
    // characters (a multiset), identical texts, texts shorter than a bigram, and long texts past the stack buffer.
    [InlineData("自然人享有隐私权", "自然人享有隐私权。任何组织或者个人不得以刺探、侵扰、泄露、公开等方式侵害他人的隐私权。")]
    [InlineData("公民享有隐私权", "自然人享有隐私权")]
    [InlineData("哈哈哈哈哈", "哈哈")]
    [InlineData("哈哈", "哈哈哈哈哈")]
    [InlineData("当事人应当约定违约金", "当事人应当约定违约金")]
    [InlineData("人", "人民法院")]
    [InlineData("人民法院", "人")]
    [InlineData("处五日以下拘留或者一百元以下罚款", "处五日以下拘留或者一千元以下罚款，情节较重的，处十日以上十五日以下拘留")]
    public void Coverage_OfANormalizedText_EqualsTheCoverageOfItsFingerprint(string passage, string text)
    {
        var quote = QuoteMatcher.Fingerprint(passage);
        foreach (var times in (int[])[1, 40])
        {
            var normalized = TextFingerprint.Normalize(string.Concat(Enumerable.Repeat(text, times)));
            Assert.Equal(QuoteMatcher.Coverage(quote, TextFingerprint.Of(normalized)), QuoteMatcher.Coverage(quote, normalized), 12);
            Assert.Equal(quote.Similarity(TextFingerprint.Of(normalized)), quote.SimilarityTo(normalized), 12);
        }
    }
}
