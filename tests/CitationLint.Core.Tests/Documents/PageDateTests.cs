using CitationLint.Documents;

namespace CitationLint.Core.Tests.Documents;

public sealed class PageDateTests
{
    [Theory]
    // Labelled dates, in the shapes Q&A sites and law-firm pages print them.
    [InlineData("劳动合同到期不续签怎么赔\n发布时间:2021-03-02 09:15\n问：公司不续签……", "2021-03-02")]
    [InlineData("网友提问\n更新时间：2019-11-05\n", "2019-11-05")]
    [InlineData("日期:2016-7-8 来源:某律所 作者:王律师 阅读:12次", "2016-07-08")]
    [InlineData("标题\n时间：2018年6月30日 浏览量：80\n正文", "2018-06-30")]
    [InlineData("| 索引号: | X-2021-1 | 成文日期: | 2021-09-14 |", "2021-09-14")]
    // A byline that is a date and little else.
    [InlineData("离婚财产怎么分\n2022-01-18 10:40:21\n正文第一段。", "2022-01-18")]
    [InlineData("来源: 编辑整理 · 2017-05-06 · 120人看过", "2017-05-06")]
    // A question and its answer: the answer is the later date.
    [InlineData("发布时间:2020-04-01 12:00\n问题……\n回答者 时间:2020-06-09 08:00", "2020-06-09")]
    public void FindsTheDateThePageShows(string prose, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), PageDate.Find(prose));

    [Theory]
    // Dates in sentences are what the page is about.
    [InlineData("2021年12月24日，修正后的法律公布，将于2022年1月1日起施行。")]
    [InlineData("借款人自2019年8月20日起，按月支付利息，至今未还，出借人起诉要求返还本金及利息")]
    // An address's path is not a date the page shows; nor is a date below the header.
    [InlineData("来源 https://example.cn/art/2020/12/24/a.html")]
    [InlineData("一\n二\n三\n四\n五\n六\n七\n八\n2020-01-01")]
    // Not a date: no such day, or a year and an issue number.
    [InlineData("时间:2021-02-30")]
    [InlineData("法学杂志 2019年3期")]
    public void SaysNothingWithoutOne(string prose) => Assert.Null(PageDate.Find(prose));
}
