using Sprache;

namespace CitationLint.Syntax;

/// <summary>
/// The Sprache grammar of statute citations (design §3): a law name (《…》, a known name, 本法/该法), version tags,
/// and a list of articles with 款/项, ranges and 之一. It only ever reads a bounded slice starting at a candidate
/// position that <see cref="CandidateScanner"/> found; quotes are read afterwards by <see cref="QuoteReader"/>.
/// </summary>
public static class CitationGrammar
{
    /// <summary>No citation (law name, tags and article list) is longer than this.</summary>
    public const int MaxCitationLength = 400;

    private const int MaxTitleLength = 120;

    // ---- positions and layout -------------------------------------------------------------------------------

    private static readonly Parser<int> Position = Lexemes.Position;

    /// <summary>Spaces allowed inside a citation (第 1032 条).</summary>
    internal const string InlineGapChars = " \t\u3000\u00A0";

    private static readonly Parser<int> InlineGap = Lexemes.Skip(InlineGapChars);

    // Between a law name and its first article a line break is allowed (a title line above an article heading).
    private static readonly Parser<int> Gap = Lexemes.Skip(" \t\u3000\u00A0\r\n");

    // ---- characters and words -------------------------------------------------------------------------------
    // Every parser a query reads after its first clause is a field: an expression there would be built anew on
    // every parse.

    private static readonly Parser<string> ArabicDigits = Lexemes.Run(ChineseNumeral.IsArabicDigit, "数字");

    private static readonly Parser<string> ChineseDigits = Lexemes.Run(ChineseNumeral.IsChineseNumeralChar, "汉字数字");

    private static readonly Parser<char> Zhi = Lexemes.OneOf("之", "之");

    private static readonly Parser<char> Kuan = Lexemes.OneOf("款", "款");

    private static readonly Parser<char> Xiang = Lexemes.OneOf("项", "项");

    private static readonly Parser<char> Mu = Lexemes.OneOf("目", "目");

    private static readonly Parser<char> Qian = Lexemes.OneOf("前", "前");

    private static readonly Parser<char> Nian = Lexemes.OneOf("年", "年");

    private static readonly Parser<char> De = Lexemes.OneOf("的", "的");

    private static readonly Parser<IOption<char>> OptionalHou = Lexemes.OneOf("后", "后").Optional();

    private static readonly Parser<IOption<char>> OptionalColon = Lexemes.OneOf("：:", "：").Optional();

    private static readonly Parser<char> OpenParenthesis = Lexemes.OneOf("（(", "（");

    private static readonly Parser<char> CloseParenthesis = Lexemes.OneOf("）)", "）");

    private static readonly Parser<string> ParenthesisBody =
        Lexemes.Run(c => c is not ('（' or '）' or '(' or ')' or '\r' or '\n'), "括注", 1, 40);

    private static readonly Parser<string> RevisionKind = Lexemes.Word("修正", "修订");

    private static readonly Parser<string> AliasLead = Lexemes.Word("以下简称", "以下称", "下称", "本文简称", "下文简称", "简称");

    private static readonly Parser<string> ThisArticleWord = Lexemes.Word("本条");

    private static readonly Parser<object?> NotRegulationSuffix = Lexemes.OneOf("例文", "例").Not(); // 本条例 is a law, 本条文 prose

    // ---- numerals -------------------------------------------------------------------------------------------

    private static readonly Parser<Numeral> ArabicNumeral =
        from start in Position
        from digits in ArabicDigits
        from end in Position
        select Numeral.Read(digits, new TextSpan(start, end));

    private static readonly Parser<Numeral> ChineseNumeralText =
        from start in Position
        from digits in ChineseDigits
        from end in Position
        select Numeral.Read(digits, new TextSpan(start, end));

    private static readonly Parser<IOption<Numeral>> OptionalChineseNumeral = ChineseNumeralText.Optional();

    private static readonly Parser<Numeral> AnyNumeral = ArabicNumeral.Or(ChineseNumeralText);

    private static readonly string[] ListSeparatorWords = ["以及", "或者", "、", "，", ",", "和", "及", "与", "或"];

    private const string RangeSeparatorChars = "至到-—－～~–";

    private static readonly Parser<NumberSeparator> ListSeparator = Lexemes.Word(ListSeparatorWords).Return(NumberSeparator.List);

    private static readonly Parser<NumberSeparator> RangeSeparator = Lexemes.OneOf(RangeSeparatorChars, "至").Return(NumberSeparator.Range);

    /// <summary>The characters a separator between numbers or articles starts with (、 和 至 以及 …).</summary>
    internal static readonly string SeparatorStarts = RangeSeparatorChars + string.Concat(ListSeparatorWords.Select(w => w[0]));

    // What can follow 第…条 (after a gap) and continue the citation: 第 (of 款 or 项) or a separator.
    private static readonly string ArticleContinuationStarts = "第" + SeparatorStarts;

    private static readonly Parser<NumberSeparator> SeparatorWord = RangeSeparator.Or(ListSeparator);

    private static readonly Parser<NumberSeparator> Separator =
        from leading in InlineGap
        from separator in SeparatorWord
        from trailing in InlineGap
        select separator;

    /// <summary>Numbers sharing one 第…条/款/项: 1032、1033 · 40-44.</summary>
    private static readonly Parser<NumberList> Numbers =
        from first in AnyNumeral
        from rest in (from separator in Separator
                      from numeral in AnyNumeral
                      select new SeparatedNumeral(separator, numeral)).Many()
        select NumberList.Create(first, rest);

    // ---- article, 款, 项 ------------------------------------------------------------------------------------

    private static readonly Parser<char> Di = Lexemes.OneOf("第", "第");

    private static readonly Parser<char> ArticleMark = Lexemes.OneOf("条條", "条");

    /// <summary>之一, 之二: the articles inserted after an article by an amendment.</summary>
    private static readonly Parser<int> InsertedArticleSuffix =
        from zhi in Zhi
        from numeral in ChineseNumeralText
        select numeral.Value;

    private static readonly Parser<IOption<int>> OptionalInsertedArticleSuffix = InsertedArticleSuffix.Optional();

    /// <summary>1032条 (after a law name: 民法典一千零三十二条), 1032、1033条, 二百九十三条之一.</summary>
    private static readonly Parser<ArticleNumbers> ArticleNumbersWithoutDi =
        from start in Position
        from numbers in Numbers
        from gap in InlineGap
        from mark in ArticleMark
        from sub in OptionalInsertedArticleSuffix
        from end in Position
        select new ArticleNumbers(numbers, sub.GetOrElse(0), new TextSpan(start, end));

    /// <summary>第1032条, 第1032、1033条, 第二百九十三条之一.</summary>
    private static readonly Parser<ArticleNumbers> ArticleNumbersWithDi =
        from start in Position
        from di in Di
        from gap in InlineGap
        from numbers in ArticleNumbersWithoutDi
        select numbers with { Span = new TextSpan(start, numbers.Span.End) };

    /// <summary>第二款, 第一、二款.</summary>
    private static readonly Parser<NumberList> Paragraphs =
        from di in Di
        from gap1 in InlineGap
        from numbers in Numbers
        from gap2 in InlineGap
        from mark in Kuan
        select numbers;

    private static readonly Parser<Numeral> ItemNumeral =
        (from open in OpenParenthesis
         from numeral in AnyNumeral
         from close in CloseParenthesis
         select numeral)
        .Or(AnyNumeral);

    /// <summary>第（七）项, 第(七)项, 第七项, 第（二）、（三）项.</summary>
    private static readonly Parser<NumberList> Items =
        from di in Di
        from gap1 in InlineGap
        from first in ItemNumeral
        from rest in (from separator in Separator
                      from numeral in ItemNumeral
                      select new SeparatedNumeral(separator, numeral)).Many()
        from gap2 in InlineGap
        from mark in Xiang
        from subItem in (from di2 in Di
                         from n in AnyNumeral
                         from mu in Mu
                         select n).Optional() // 目 is not modelled: it is read so it is not left dangling
        select NumberList.Create(first, rest);

    private static readonly Parser<NumberList> ItemNumbersWithoutDi =
        from first in ItemNumeral
        from gap in InlineGap
        from mark in Xiang
        select NumberList.Create(first, []);

    private static readonly Parser<NumberList> ParagraphsAfterArticle =
        from gap in InlineGap
        from paragraphs in Paragraphs
        select paragraphs;

    private static readonly Parser<NumberList> ItemsAfterPart =
        from gap in InlineGap
        from items in Items
        select items;

    private static readonly Parser<IOption<NumberList>> OptionalParagraphsAfterArticle = ParagraphsAfterArticle.Optional();

    private static readonly Parser<IOption<NumberList>> OptionalItemsAfterPart = ItemsAfterPart.Optional();

    /// <summary>第二百四十三条第二款第（一）项 and its shorter forms.</summary>
    private static Parser<ArticleElement> ArticleElementOf(Parser<ArticleNumbers> articleNumbers) =>
        from start in Position
        from numbers in articleNumbers
        from paragraphs in OptionalParagraphsAfterArticle
        from items in OptionalItemsAfterPart
        from end in Position
        select new ArticleElement(
            ArticleReferenceKind.Article, new TextSpan(start, end), numbers, paragraphs.GetOrDefault(), items.GetOrDefault());

    private static readonly Parser<ArticleElement> ArticleElement = ArticleElementOf(ArticleNumbersWithDi);

    private static readonly Parser<ArticleElement> ArticleElementWithoutDi = ArticleElementOf(ArticleNumbersWithoutDi);

    /// <summary>A bare 第二款(第三项) or 第三项: a part of the article cited just before.</summary>
    private static readonly Parser<ArticleElement> PartElement = PartElementOf(Paragraphs, Items);

    /// <summary>In a list, 第 may be dropped after the first element: 第十条至十二条, 第三项至六项.</summary>
    private static readonly Parser<ArticleElement> PartElementWithoutDi = PartElementOf(
        from numbers in Numbers
        from gap in InlineGap
        from mark in Kuan
        select numbers,
        from numbers in ItemNumbersWithoutDi
        select numbers);

    private static Parser<ArticleElement> PartElementOf(Parser<NumberList> paragraphsParser, Parser<NumberList> itemsParser) =>
        (from start in Position
         from paragraphs in paragraphsParser
         from items in OptionalItemsAfterPart
         from end in Position
         select new ArticleElement(ArticleReferenceKind.Part, new TextSpan(start, end), null, paragraphs, items.GetOrDefault()))
        .Or(from start in Position
            from items in itemsParser
            from end in Position
            select new ArticleElement(ArticleReferenceKind.Part, new TextSpan(start, end), null, null, items));

    /// <summary>本条(第二款), 前款(第一项), 前两款.</summary>
    private static readonly Parser<ArticleElement> RelativeElement =
        (from start in Position
         from word in ThisArticleWord
         from notRegulation in NotRegulationSuffix
         from paragraphs in OptionalParagraphsAfterArticle
         from items in OptionalItemsAfterPart
         from end in Position
         select new ArticleElement(
             ArticleReferenceKind.ThisArticle, new TextSpan(start, end), null, paragraphs.GetOrDefault(), items.GetOrDefault()))
        .Or(from start in Position
            from qian in Qian
            from count in OptionalChineseNumeral
            from kuan in Kuan
            from items in OptionalItemsAfterPart
            from end in Position
            select new ArticleElement(
                ArticleReferenceKind.PrecedingParagraph, new TextSpan(start, end), null, null, items.GetOrDefault()));

    private static readonly Parser<ArticleElement> ContinuedElement =
        ArticleElement.Or(PartElement).Or(ArticleElementWithoutDi).Or(PartElementWithoutDi);

    private static readonly Parser<SeparatedElement> ListContinuation =
        from separator in Separator
        from element in ContinuedElement
        select new SeparatedElement(separator, element);

    private static readonly Parser<IEnumerable<SeparatedElement>> ListContinuations = ListContinuation.Many();

    private static Parser<IReadOnlyList<ArticleReferenceSyntax>> ArticleListOf(Parser<ArticleElement> first) =>
        from head in first
        from tail in ListContinuations
        select ArticleExpansion.Expand(head, tail);

    /// <summary>The general form of <see cref="ArticleList"/>, without the lone-article shortcut (for its test).</summary>
    internal static readonly Parser<IReadOnlyList<ArticleReferenceSyntax>> GeneralArticleList = ArticleListOf(ArticleElement);

    private static readonly Expectation LoneArticleExpected = new("第…条");

    /// <summary>
    /// 第三条 with nothing after it that could continue the list: the commonest article list (every article heading
    /// of a statute text, most 本法第…条 and 《…》第…条). Read here in one pass, it is exactly what the general list
    /// makes of it some forty parser steps later; anything more (a list, 款/项, 之一) is left to the general form, which
    /// the shortcut only ever precedes. A test holds the two to the same result at every 第 of the bundled statute
    /// texts.
    /// </summary>
    internal static readonly Parser<IReadOnlyList<ArticleReferenceSyntax>> LoneArticleList = GrammarParser<IReadOnlyList<ArticleReferenceSyntax>>.FromFunction(
        static (IInput input, out IReadOnlyList<ArticleReferenceSyntax> value, out IInput remainder, out Expectation? expected) =>
    {
        value = null!;
        remainder = input;
        expected = LoneArticleExpected;
        var candidate = (CandidateInput)input;
        var text = candidate.Text;
        var end = candidate.End;
        var start = candidate.Position;
        if (start >= end || text[start] != '第')
            return false;
        var slice = text.AsSpan(0, end);
        var numeralStart = Lexemes.SkipInlineGap(slice, start + 1);
        var numeralEnd = Lexemes.SkipNumeral(slice, numeralStart);
        var mark = Lexemes.SkipInlineGap(slice, numeralEnd);
        if (numeralEnd == numeralStart || mark >= end || text[mark] is not ('条' or '條'))
            return false;
        var after = mark + 1;
        var next = Lexemes.SkipInlineGap(slice, after);
        if ((after < end && text[after] == '之') || (next < end && Lexemes.IsOneOf(ArticleContinuationStarts, text[next])))
            return false;

        // What ArticleExpansion makes of one 第…条 without 款, 项 or 之N: one reference, spanning it.
        var wellFormed = ChineseNumeral.TryParse(slice[numeralStart..numeralEnd], out var number);
        value = [new ArticleReferenceSyntax(ArticleReferenceKind.Article, new TextSpan(start, after), new ArticleNumber(number, 0), null, null, wellFormed)];
        remainder = Skip(input, after - start);
        expected = null;
        return true;
    });

    /// <summary>第一千零三十二条、第一千零三十三条 · 第十条至第十二条 · 第五十二条和第五十四条.</summary>
    private static readonly Parser<IReadOnlyList<ArticleReferenceSyntax>> ArticleList = LoneArticleList.Or(GeneralArticleList);

    /// <summary>第条 with no number (《民法典》第条): kept, ill-formed, so CL0007 can report it.</summary>
    private static readonly Parser<ArticleElement> MissingNumberElement =
        from start in Position
        from di in Di
        from gap in InlineGap
        from mark in ArticleMark
        from end in Position
        select new ArticleElement(
            ArticleReferenceKind.Article, new TextSpan(start, end), new ArticleNumbers(new NumberList([]), 0, new TextSpan(start, end)), null, null);

    /// <summary>The general form of <see cref="ArticleListAfterName"/>, without the lone-article shortcut (for its test).</summary>
    internal static readonly Parser<IReadOnlyList<ArticleReferenceSyntax>> GeneralArticleListAfterName =
        ArticleListOf(ArticleElement.Or(ArticleElementWithoutDi).Or(MissingNumberElement));

    /// <summary>After a law name the first article may drop 第 (民法典一千零三十二条).</summary>
    private static readonly Parser<IReadOnlyList<ArticleReferenceSyntax>> ArticleListAfterName = LoneArticleList.Or(GeneralArticleListAfterName);

    // ---- law names ------------------------------------------------------------------------------------------

    private static readonly Expectation TitleExpected = new("《法律名称》");

    private static readonly Expectation LawNameExpected = new("法律名称");

    /// <summary>《…》 whose title ends like a statute's; nested 《》 and 〈〉 belong to the title.</summary>
    private static readonly Parser<LawNameSyntax> TitledLawName = input =>
    {
        if (input.AtEnd || input.Current != '《')
            return new NoMatch<LawNameSyntax>(input, TitleExpected);
        var candidate = (CandidateInput)input;
        var text = candidate.Text;
        var start = input.Position;
        var limit = Math.Min(candidate.End, start + MaxTitleLength);
        var depth = 0;
        var lineBreaks = 0;
        for (var i = start; i < limit; i++)
        {
            var c = text[i];
            if (c == '《')
            {
                depth++;
            }
            else if (c == '》')
            {
                if (--depth > 0)
                    continue;
                var title = text.AsSpan(start + 1, i - start - 1);
                if (LawTitle.IsInternational(title) || (LawTitle.IsForeign(title) && LooksLikeLaw(title)))
                {
                    var foreign = new LawNameSyntax(LawTitle.Normalize(title), LawNameKind.Foreign, new TextSpan(start, i + 1), null, null);
                    return new Matched<LawNameSyntax>(foreign, Skip(input, i + 1 - start));
                }

                var unconfirmed = !LawTitle.LooksLikeStatute(title);
                if (unconfirmed && !(title.Length >= 2 && LawTitle.ArticleFollows(text.AsSpan(0, candidate.End), i + 1)))
                    return new NoMatch<LawNameSyntax>(input, TitleExpected);
                var name = TitleWithVersion(LawTitle.Normalize(title), new TextSpan(start, i + 1));
                if (unconfirmed)
                    name = name with { Unconfirmed = true };
                return new Matched<LawNameSyntax>(name, Skip(input, i + 1 - start));
            }
            else if (c == '\n' && ++lineBreaks > 1)
            {
                break;
            }
            else if (c is '。' or '；' or '“' or '”')
            {
                break; // sentence punctuation: the 《 is unterminated
            }
        }

        return new NoMatch<LawNameSyntax>(input, TitleExpected); // unterminated
    };

    // After a name ending in 法, these make it another word: 法律, 法院, 法人, 法官, 法庭, 法学, 法治.
    private const string WordsContinuingFa = "律院人官庭学治";

    /// <summary>A name from the dictionary, longest first: 劳动合同法 rather than 合同法.</summary>
    private static readonly Parser<LawNameSyntax> UnmarkedLawName = input =>
    {
        var text = ((CandidateInput)input).Text;
        var slice = Slice(input);
        var length = input.AtEnd ? 0 : LawNameIndex.Default.LongestMatch(slice, input.Position);
        if (length > 0 && LawTitle.ForeignJurisdictionBefore(text.AsSpan(0, input.Position)) is { } country)
        {
            // 德国民法典 is not 民法典: another country's code, recognised and not checked.
            var foreign = new LawNameSyntax(text.Substring(input.Position - country.Length, country.Length + length), LawNameKind.Foreign, new TextSpan(input.Position, input.Position + length), null, null);
            return new Matched<LawNameSyntax>(foreign, Skip(input, length));
        }
        if (length > 0 && input.Position + length < slice.Length && text[input.Position + length - 1] == '法'
            && Lexemes.IsOneOf(WordsContinuingFa, text[input.Position + length]))
            length = 0; // 刑事诉讼法律监督, 公司法人: the name is part of a longer word
        if (length == 0)
            return new NoMatch<LawNameSyntax>(input, LawNameExpected);
        var name = text.Substring(input.Position, length);
        var syntax = new LawNameSyntax(name, LawNameKind.Unmarked, new TextSpan(input.Position, input.Position + length), null, null);
        return new Matched<LawNameSyntax>(syntax, Skip(input, length));
    };

    private static readonly Parser<string> ThisLawWord = Lexemes.Word(
        "本法", "本法典", "本条例", "本规定", "本办法", "本解释", "本规则", "本细则", "本实施细则", "本实施办法", "本决定",
        "本公约", "本准则", "本意见");

    private static readonly Parser<string> AntecedentLawWord =
        Lexemes.Word(
            "该法", "同法", "该法典", "该条例", "该规定", "该办法", "该解释", "该细则", "该决定", "该公约",
            "新法", "旧法", "原法", "新解释", "原解释", "原规定", "原条例", "原办法");

    private static readonly Parser<string> VersionWord = Lexemes.Word("现行", "旧", "新", "原");

    private static readonly Parser<LawNameSyntax> RelativeLawName =
        from start in Position
        from word in ThisLawWord
        from end in Position
        select new LawNameSyntax(word, LawNameKind.This, new TextSpan(start, end), null, null);

    /// <summary>该法, 同法; 新法/原解释: the law named last, in its new or former version.</summary>
    private static readonly Parser<LawNameSyntax> AntecedentLawName =
        from start in Position
        from word in AntecedentLawWord
        from end in Position
        select new LawNameSyntax(word, LawNameKind.Antecedent, new TextSpan(start, end), VersionOf(word, new TextSpan(start, end)), null);

    private static readonly Parser<int> Year =
        from digits in Lexemes.Run(ChineseNumeral.IsArabicDigit, "年份", 4, 4)
        select int.Parse(NormalizeDigits(digits), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>2021年修正的 · 2017年修订后的 (before a name).</summary>
    private static readonly Parser<VersionQualifier> YearPrefix =
        from start in Position
        from year in Year
        from nian in Nian
        from kind in RevisionKind
        from hou in OptionalHou
        from de in De
        from end in Position
        select new VersionQualifier(year + "年" + kind, year, new TextSpan(start, end));

    /// <summary>旧《公司法》, 新《公司法》, 原《合同法》, 现行《公司法》.</summary>
    private static readonly Parser<VersionQualifier> WordPrefix =
        from start in Position
        from word in VersionWord
        from end in Position
        select new VersionQualifier(word, null, new TextSpan(start, end));

    private static readonly Parser<string> ParenthesisedText =
        from open in OpenParenthesis
        from body in ParenthesisBody
        from close in CloseParenthesis
        select body;

    private static readonly Parser<string> VersionText = ParenthesisedText.Where(IsVersionText);

    private static readonly Parser<string> NoteText = ParenthesisedText.Where(b => b.EndsWith('号') || b is "试行" or "暂行");

    /// <summary>（2017年修正） · （2001修正） · （2018）.</summary>
    private static readonly Parser<LawTag> VersionTag =
        from start in Position
        from body in VersionText
        from end in Position
        select new LawTag(new VersionQualifier(body, LeadingYear(body), new TextSpan(start, end)), null);

    /// <summary>（以下简称《侵权责任法》） · （以下简称“该法”） · （以下简称民诉法解释）.</summary>
    private static readonly Parser<LawTag> AliasTag =
        from open in OpenParenthesis
        from lead in AliasLead
        from colon in OptionalColon
        from alias in ParenthesisBody
        from close in CloseParenthesis
        select new LawTag(null, alias.Trim('《', '》', '“', '”', '"', '「', '」', ' '));

    /// <summary>（国务院令第174号） · （法释〔2020〕26号） · （试行）: read and set aside.</summary>
    private static readonly Parser<LawTag> NoteTag =
        from body in NoteText
        select new LawTag(null, null);

    private static readonly Parser<LawTag> AnyLawTag = VersionTag.Or(AliasTag).Or(NoteTag);

    private static readonly Parser<LawTag> LawTagAfterName =
        from gap in InlineGap
        from tag in AnyLawTag
        select tag;

    private static readonly Parser<IEnumerable<LawTag>> LawTagsAfterName = LawTagAfterName.Many();

    /// <summary>“公安处罚法”第四十三条: a name in quotation marks, taken as a title when an article follows.</summary>
    private static readonly Parser<LawNameSyntax> QuotedLawName = input =>
    {
        var slice = Slice(input);
        var close = LawTitle.QuotedTitleEnd(slice, input.Position);
        if (close < 0)
            return new NoMatch<LawNameSyntax>(input, TitleExpected);
        var name = new LawNameSyntax(
            LawTitle.Normalize(slice[(input.Position + 1)..close]), LawNameKind.Titled, new TextSpan(input.Position, close + 1), null, null);
        return new Matched<LawNameSyntax>(name, Skip(input, close + 1 - input.Position));
    };

    /// <summary>关于办理寻衅滋事刑事案件适用法律若干问题的解释第一条: a title without 《》 (and often without its issuing body).</summary>
    private static readonly Parser<LawNameSyntax> UnmarkedTitle = input =>
    {
        var slice = Slice(input);
        var end = LawTitle.UnmarkedTitleEnd(slice, input.Position);
        if (end < 0)
            return new NoMatch<LawNameSyntax>(input, LawNameExpected);
        var name = new LawNameSyntax(LawTitle.Normalize(slice[input.Position..end]), LawNameKind.Unmarked, new TextSpan(input.Position, end), null, null);
        return new Matched<LawNameSyntax>(name, Skip(input, end - input.Position));
    };

    private static readonly Parser<LawNameSyntax> AnyLawName = TitledLawName.Or(QuotedLawName).Or(UnmarkedLawName).Or(UnmarkedTitle);

    // ---- citations ------------------------------------------------------------------------------------------

    private static readonly Parser<(VersionQualifier? Prefix, LawNameSyntax Name)> PrefixedLawName =
        (from prefix in YearPrefix.Or(WordPrefix)
         from name in AnyLawName
         select ((VersionQualifier?)prefix, name))
        .Or(from name in AnyLawName
            select ((VersionQualifier?)null, name));

    // A title line may stand above its article heading, so a 《》 name may be followed by a line break.
    private static readonly Parser<IReadOnlyList<ArticleReferenceSyntax>> ArticlesAfterTitledName =
        from gap in Gap
        from list in ArticleListAfterName
        select list;

    private static readonly Parser<IReadOnlyList<ArticleReferenceSyntax>> ArticlesAfterUnmarkedName =
        from gap in InlineGap
        from list in ArticleListAfterName
        select list;

    private static readonly Parser<IOption<IReadOnlyList<ArticleReferenceSyntax>>> OptionalArticlesAfterTitledName = ArticlesAfterTitledName.Optional();

    private static readonly Parser<IOption<IReadOnlyList<ArticleReferenceSyntax>>> OptionalArticlesAfterUnmarkedName = ArticlesAfterUnmarkedName.Optional();

    /// <summary>A named law with its tags and, for 《》 names, optionally its articles.</summary>
    private static readonly Parser<CitationSyntax> NamedCitation =
        from named in PrefixedLawName
        from tags in LawTagsAfterName
        from articles in named.Name.Kind == LawNameKind.Titled ? OptionalArticlesAfterTitledName : OptionalArticlesAfterUnmarkedName
        let list = articles.GetOrElse([])
        // An unmarked name alone is kept as a mention (the antecedent of a later 该法, the law a title line gives the
        // articles below it) but never reported.
        select Build(named.Prefix, named.Name, tags, list);

    /// <summary>本法第五百一十条, 该法第1033条.</summary>
    private static readonly Parser<CitationSyntax> RelativeCitation =
        from name in RelativeLawName.Or(AntecedentLawName)
        from gap in InlineGap
        from list in ArticleList
        select Build(null, name, [], list);

    /// <summary>第三条, 第二款, 本条, 前款: resolved later, from context.</summary>
    private static readonly Parser<CitationSyntax> BareCitation =
        from head in ArticleElement.Or(PartElement).Or(RelativeElement)
        from tail in ListContinuations
        let list = ArticleExpansion.Expand(head, tail)
        select new CitationSyntax(new TextSpan(head.Span.Start, MaxEnd(list)), null, list, null);

    /// <summary>The citation forms, tried in order.</summary>
    internal static readonly Parser<CitationSyntax> GeneralCitation =
        NamedCitation.Or(RelativeCitation).Or(BareCitation);

    /// <summary>
    /// 第三条 alone (<see cref="LoneArticleList"/>) as a whole citation: the commonest one. It is what
    /// <see cref="BareCitation"/> makes of it, unless a name in the dictionary starts here (the named forms come first).
    /// </summary>
    private static readonly Parser<CitationSyntax> LoneArticle = GrammarParser<CitationSyntax>.FromFunction(
        static (IInput input, out CitationSyntax value, out IInput remainder, out Expectation? expected) =>
    {
        value = null!;
        if (!GrammarParser<IReadOnlyList<ArticleReferenceSyntax>>.TryParse(LoneArticleList, input, out var list, out remainder, out expected)
            || LawNameIndex.Default.LongestMatch(Slice(input), input.Position) > 0)
        {
            (remainder, expected) = (input, LoneArticleExpected); // where LoneArticleList fails too
            return false;
        }

        value = new CitationSyntax(new TextSpan(input.Position, MaxEnd(list)), null, list, null);
        return true;
    });

    /// <summary>Any citation form.</summary>
    public static readonly Parser<CitationSyntax> Citation = LoneArticle.Or(GeneralCitation);

    /// <summary>
    /// Parses a citation starting exactly at <paramref name="start"/>, reading at most
    /// <see cref="MaxCitationLength"/> characters.
    /// </summary>
    public static bool TryParse(string text, int start, out CitationSyntax? citation)
    {
        ArgumentNullException.ThrowIfNull(text);
        citation = null;
        if ((uint)start >= (uint)text.Length)
            return false;
        var input = new CandidateInput(text, start, Math.Min(text.Length, start + MaxCitationLength));
        if (!GrammarParser<CitationSyntax>.TryParse(Citation, input, out var parsed, out _, out _))
            return false;
        citation = parsed;
        return true;
    }

    // ---- building the syntax tree ---------------------------------------------------------------------------

    private static CitationSyntax Build(
        VersionQualifier? prefix, LawNameSyntax name, IEnumerable<LawTag> tags, IReadOnlyList<ArticleReferenceSyntax> articles)
    {
        var version = prefix ?? name.Version;
        string? alias = null;
        foreach (var tag in tags)
        {
            version ??= tag.Version;
            alias ??= tag.Alias;
        }

        var law = name with { Version = version, DefinedAlias = alias };
        var start = prefix?.Span.Start ?? name.Span.Start;
        var end = articles.Count > 0 ? MaxEnd(articles) : name.Span.End;
        return new CitationSyntax(new TextSpan(start, end), law, articles, null);
    }

    private static int MaxEnd(IReadOnlyList<ArticleReferenceSyntax> articles)
    {
        var end = 0;
        foreach (var article in articles)
            end = Math.Max(end, article.Span.End);
        return end;
    }

    // A foreign title that names a law (《德国民法典》, 《日本刑法》), not a foreign book or contract.
    private static bool LooksLikeLaw(ReadOnlySpan<char> title) =>
        title.EndsWith("法".AsSpan(), StringComparison.Ordinal) || title.EndsWith("法典".AsSpan(), StringComparison.Ordinal)
        || title.EndsWith("条例".AsSpan(), StringComparison.Ordinal);

    // 《治安管理处罚法(2025修订)》: a version note inside the marks pins the version and is no part of the name.
    private static LawNameSyntax TitleWithVersion(string title, TextSpan span)
    {
        if (title.Length > 2 && title[^1] is '）' or ')')
        {
            var open = title.LastIndexOfAny(['（', '(']);
            if (open > 0 && title.Substring(open + 1, title.Length - open - 2) is var body && IsVersionText(body))
                return new LawNameSyntax(title[..open], LawNameKind.Titled, span, new VersionQualifier(body, LeadingYear(body), span), null);
        }

        return new LawNameSyntax(title, LawNameKind.Titled, span, null, null);
    }

    private static VersionQualifier? VersionOf(string antecedent, TextSpan span) => antecedent[0] switch
    {
        '新' => new VersionQualifier("新", null, new TextSpan(span.Start, span.Start + 1)),
        '旧' or '原' => new VersionQualifier(antecedent[..1], null, new TextSpan(span.Start, span.Start + 1)),
        _ => null,
    };

    private static CandidateInput Skip(IInput input, int count)
    {
        var candidate = (CandidateInput)input;
        return new(candidate.Text, candidate.Position + count, candidate.End);
    }

    // The document up to the end of the candidate slice.
    private static ReadOnlySpan<char> Slice(IInput input)
    {
        var candidate = (CandidateInput)input;
        return candidate.Text.AsSpan(0, candidate.End);
    }

    private static bool IsVersionText(string body)
    {
        var year = LeadingYear(body);
        if (year is null)
            return false;
        var rest = body.AsSpan(4).TrimStart('年');
        return rest.IsEmpty || rest is "修正" or "修订" or "修正本" or "修订本" or "版" or "年版";
    }

    private static int? LeadingYear(string body)
    {
        if (body.Length < 4)
            return null;
        for (var i = 0; i < 4; i++)
        {
            if (!ChineseNumeral.IsArabicDigit(body[i]))
                return null;
        }

        return int.Parse(NormalizeDigits(body[..4]), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string NormalizeDigits(string digits)
    {
        var chars = digits.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            chars[i] = chars[i] >= '０' ? (char)(chars[i] - '０' + '0') : chars[i];
        return new string(chars);
    }
}
