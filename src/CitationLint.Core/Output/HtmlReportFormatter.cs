using System.Globalization;
using System.Net;
using System.Resources;
using System.Text.Encodings.Web;
using System.Text;
using CitationLint.Analysis;
using CitationLint.Documents;
using CitationLint.Rules;
using CitationLint.Statutes.Alignment;
using CitationLint.Statutes.Table;

namespace CitationLint.Output;

/// <summary>
/// Writes the report editors review: one self-contained HTML page (inline CSS and script, nothing loaded from the
/// network) with a summary by rule, severity and file, filters, and one card per finding — the sentence in context,
/// the statute's real text for the cited and the suggested article, a character diff of the quote against the
/// statute, the provision's number in every version, and the fix. Every piece of document text is HTML-escaped.
/// Keys: j / n next finding, k / p previous. Labels in English or Chinese (Output/ReportResources.resx, .zh.resx), as
/// the run's messages are; findings sorted by severity, then file and position; each rule linked to its doc page.
/// </summary>
public static class HtmlReportFormatter
{
    private static readonly ResourceManager Texts = new("CitationLint.Output.ReportResources", typeof(HtmlReportFormatter).Assembly);

    /// <summary>
    /// Writes the page, its labels in <paramref name="culture"/>'s language (English by default). With
    /// <paramref name="rulePage"/> (a rule's documentation page, Markdown, in that language), the rules' pages are part
    /// of the report and each finding links to its rule's there: the report stays one file that works anywhere.
    /// </summary>
    public static void Write(CheckReport report, TextWriter output, CultureInfo? culture = null, Func<RuleDescriptor, string?>? rulePage = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var page = new Page(new StringBuilder(), culture ?? CultureInfo.InvariantCulture) { RulePage = rulePage };
        var html = page.Html;
        // The worst first: errors, then warnings, then suggestions; within each, file and position.
        var findings = report.Files.SelectMany(f => f.Diagnostics.Select(d => (File: f, Diagnostic: d)))
            .OrderByDescending(f => f.Diagnostic.Severity).ThenBy(f => f.File.Analysis.Document.Path, StringComparer.Ordinal).ThenBy(f => f.Diagnostic.Span.Start)
            .ToList();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(MessageLanguage.IsChinese(page.Culture) ? "zh-CN" : "en").Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n")
            .Append("<title>").Append(E(page.Text("Title"))).Append("</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n");
        html.Append("<header><h1>").Append(E(page.Text("Title"))).Append("</h1><p>")
            .Append(E(page.Text("Overview", findings.Count, report.Files.Count, report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), report.ToolVersion)))
            .Append("</p><p class=\"keys\">").Append(page.Text("Keys")).Append("</p></header>\n");
        AppendSummary(page, findings);
        AppendFilters(page, findings);
        html.Append("<main id=\"findings\">\n");
        var index = 0;
        foreach (var (file, diagnostic) in findings)
            AppendFinding(page, file, diagnostic, index++);
        if (findings.Count == 0)
            html.Append("<p>").Append(E(page.Text("NoFindings"))).Append("</p>\n");
        html.Append("</main>\n<p id=\"none-visible\" hidden>").Append(E(page.Text("NoneVisible"))).Append("</p>\n");
        AppendRulePages(page);
        html.Append("<script>")
            .Append(Script.Replace("{SHOWN}", JavaScriptEncoder.Default.Encode(page.Text("Shown")), StringComparison.Ordinal)).Append("</script>\n</body>\n</html>\n");
        output.Write(html.ToString());
    }

    // The page being written and the language of its labels.
    private sealed record Page(StringBuilder Html, CultureInfo Culture)
    {
        public Func<RuleDescriptor, string?>? RulePage { get; init; }

        public string Text(string key) => MessageLanguage.Text(Texts, key, Culture);

        public string Text(string key, params object?[] arguments) => string.Format(Culture, Text(key), arguments);

        public string Severity(DiagnosticSeverity severity) => Text("Severity_" + JsonReportFormatter.SeverityName(severity));

        public string Version(StatuteVersion version) => RuleMessage.Version(version).Format(Culture);

        public string Date(DateOnly date) => RuleMessage.Date(date).Format(Culture);
    }

    private static void AppendSummary(Page page, List<(CheckedDocument File, Diagnostic Diagnostic)> findings)
    {
        var html = page.Html;
        html.Append("<section id=\"summary\"><h2>").Append(E(page.Text("Summary"))).Append("</h2><div class=\"tables\">");
        Table(html, page.Text("ByRule"), findings.GroupBy(f => f.Diagnostic.Id).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => ($"{g.Key} {g.First().Diagnostic.Descriptor.TitleIn(page.Culture)}", g.Count())));
        Table(html, page.Text("BySeverity"), findings.GroupBy(f => f.Diagnostic.Severity).OrderByDescending(g => g.Key)
            .Select(g => (page.Severity(g.Key), g.Count())));
        Table(html, page.Text("ByFile"), findings.GroupBy(f => f.File.Analysis.Document.Path).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count())));
        html.Append("</div></section>\n");
    }

    private static void Table(StringBuilder html, string caption, IEnumerable<(string Name, int Count)> rows)
    {
        html.Append("<table><caption>").Append(E(caption)).Append("</caption>");
        foreach (var (name, count) in rows)
            html.Append("<tr><td>").Append(E(name)).Append("</td><td class=\"count\">").Append(count).Append("</td></tr>");
        html.Append("</table>");
    }

    private static void AppendFilters(Page page, List<(CheckedDocument File, Diagnostic Diagnostic)> findings)
    {
        var html = page.Html;
        var all = E(page.Text("All"));
        html.Append("<nav id=\"filters\"><label>").Append(E(page.Text("FilterRule"))).Append(" <select id=\"filter-rule\"><option value=\"\">").Append(all).Append("</option>");
        foreach (var id in findings.Select(f => f.Diagnostic.Id).Distinct().Order(StringComparer.Ordinal))
            html.Append("<option value=\"").Append(E(id)).Append("\">").Append(E(id)).Append("</option>");
        html.Append("</select></label> <label>").Append(E(page.Text("FilterSeverity"))).Append(" <select id=\"filter-severity\"><option value=\"\">").Append(all).Append("</option>");
        foreach (var severity in findings.Select(f => f.Diagnostic.Severity).Distinct().OrderByDescending(s => s))
            html.Append("<option value=\"").Append(JsonReportFormatter.SeverityName(severity)).Append("\">").Append(E(page.Severity(severity))).Append("</option>");

        html.Append("</select></label> <label>").Append(E(page.Text("FilterFile"))).Append(" <select id=\"filter-file\"><option value=\"\">").Append(all).Append("</option>");
        foreach (var path in findings.Select(f => f.File.Analysis.Document.Path).Distinct().Order(StringComparer.Ordinal))
            html.Append("<option value=\"").Append(E(path)).Append("\">").Append(E(path)).Append("</option>");
        html.Append("</select></label> <label>").Append(E(page.Text("FilterText"))).Append(" <input id=\"filter-text\" type=\"search\"></label> <span id=\"visible-count\"></span></nav>\n");
    }

    private static void AppendFinding(Page page, CheckedDocument file, Diagnostic diagnostic, int index)
    {
        var html = page.Html;
        var document = file.Analysis.Document;
        var start = document.GetPosition(diagnostic.Span.Start);
        var severity = JsonReportFormatter.SeverityName(diagnostic.Severity);
        var check = file.Checks?.FirstOrDefault(c => c.Reference.Span.Start <= diagnostic.Span.Start && diagnostic.Span.Start < c.Reference.Span.End)
            ?? file.Checks?.FirstOrDefault(c => c.Reference.Citation.Span.Start <= diagnostic.Span.Start && diagnostic.Span.Start < c.Reference.Citation.Span.End);
        html.Append("<section class=\"finding ").Append(severity).Append("\" tabindex=\"0\" id=\"f").Append(index)
            .Append("\" data-rule=\"").Append(E(diagnostic.Id)).Append("\" data-severity=\"").Append(severity)
            .Append("\" data-file=\"").Append(E(document.Path)).Append("\">\n");
        html.Append("<h3><span class=\"id\">").Append(E(diagnostic.Id)).Append("</span> <span class=\"name\">").Append(E(diagnostic.Descriptor.Name))
            .Append("</span> <span class=\"severity\">").Append(E(page.Severity(diagnostic.Severity))).Append("</span> <span class=\"where\">")
            .Append(E($"{document.Path}:{start.Line}:{start.Column}")).Append("</span></h3>\n");
        html.Append("<p class=\"message\">").Append(E(diagnostic.Message)).Append("</p>\n");
        html.Append("<div class=\"context\"><h4>").Append(E(page.Text("InContext"))).Append("</h4><p>").Append(Context(document, diagnostic)).Append("</p></div>\n");

        var cited = check?.Provision;
        var suggested = check?.Renumbering?.Current ?? check?.SuccessorArticle
            ?? (check?.Quote is { Verdict: QuoteVerdict.Elsewhere, Elsewhere.Count: > 0 } q ? q.Elsewhere[0] : null);
        if (check?.Evidence is { } evidence)
            Evidence(page, evidence);
        if (cited is { } c)
            Provision(page, page.Text("CitedArticle"), c);
        if (suggested is { } s && s != cited)
            Provision(page, page.Text("SuggestedArticle"), s);
        if (check?.Reference.Quote is { } quote && (suggested ?? cited) is { } compared)
            QuoteDiff(page, quote.Text, compared);
        if ((suggested ?? cited) is { } chained)
            History(page, chained);
        if (diagnostic.Fix is { } fix)
        {
            html.Append("<p class=\"fix\">").Append(E(page.Text("Fix", document.GetText(fix.Span), fix.Replacement, "\u0001")).Replace("\u0001", "<code>citationlint check --fix</code>", StringComparison.Ordinal))
                .Append("</p>\n");
        }

        // A link to the rule's page: inside the report when it carries the pages, else its path in the repository.
        var help = diagnostic.Descriptor.HelpLinkIn(page.Culture);
        var target = page.RulePage is null ? help : "#rule-" + diagnostic.Id;
        html.Append("<p class=\"help\">").Append(E(page.Text("Rule"))).Append("<a class=\"rule-link\" href=\"").Append(E(target)).Append("\">")
            .Append(E($"{diagnostic.Id} {diagnostic.Descriptor.TitleIn(page.Culture)}")).Append("</a> (").Append(E(help)).Append(")</p>\n</section>\n");
    }

    // The line (or lines) holding the finding, the finding's own text marked.
    private static string Context(SourceDocument document, Diagnostic diagnostic)
    {
        var text = document.Text;
        var from = diagnostic.Span.Start;
        while (from > 0 && text[from - 1] != '\n' && diagnostic.Span.Start - from < 200)
            from--;
        var to = diagnostic.Span.End;
        while (to < text.Length && text[to] != '\n' && to - diagnostic.Span.End < 200)
            to++;
        return E(text[from..diagnostic.Span.Start]) + "<mark>" + E(text[diagnostic.Span.Start..diagnostic.Span.End]) + "</mark>" + E(text[diagnostic.Span.End..to]);
    }

    // What the judgement rests on, beside the statute text it was compared with: the page's words and the article of
    // the version they follow, or, for a citation with no words of its own, the version its document follows.
    private static void Evidence(Page page, EvidenceFinding evidence)
    {
        var html = page.Html;
        var kind = page.Text(evidence.Evidence.Kind switch
        {
            EvidenceKind.Quote => "EvidenceQuote",
            EvidenceKind.Implicit => "EvidenceImplicit",
            EvidenceKind.Paraphrase => "EvidenceParaphrase",
            _ => "EvidenceDocument",
        });
        html.Append("<div class=\"evidence\"><h4>").Append(E(page.Text("Evidence", kind))).Append(" <span class=\"version\">")
            .Append(E(page.Text("EvidenceFollows", evidence.Article.ToLabel(), page.Version(evidence.Version), evidence.Score.ToString("0.00", CultureInfo.InvariantCulture))))
            .Append("</span></h4>");
        if (evidence.Evidence.Text.Length > 0)
        {
            html.Append("<blockquote>");
            foreach (var line in evidence.Evidence.Text.Split('\n'))
                html.Append("<p>").Append(E(line)).Append("</p>");
            html.Append("</blockquote>");
        }

        html.Append("</div>\n");
        if (evidence.Version.Find(evidence.Article) is { } followed)
            Provision(page, page.Text("WordsArticle"), followed);
    }

    private static void Provision(Page page, string caption, Provision provision)
    {
        var html = page.Html;
        var version = provision.Version;
        html.Append("<div class=\"statute\"><h4>").Append(E(caption)).Append(": ").Append(E($"《{version.Statute.Title}》 {provision.Number.ToLabel()}"))
            .Append(" <span class=\"version\">").Append(E(page.Text("VersionInForce", page.Version(version), page.Date(version.Effective))))
            .Append("</span></h4><blockquote>");
        foreach (var line in provision.Text.Split('\n'))
            html.Append("<p>").Append(E(line)).Append("</p>");
        html.Append("</blockquote></div>\n");
    }

    private static void QuoteDiff(Page page, string quote, Provision provision)
    {
        var html = page.Html;
        var runs = CharacterDiff.Compute(quote, provision.Text);
        if (runs.Count == 0)
            return;
        html.Append("<div class=\"diff\"><h4>").Append(E(page.Text("QuoteAgainst", provision.Number.ToLabel())))
            .Append(" <span class=\"legend\"><del>").Append(E(page.Text("OnlyInQuote"))).Append("</del> <ins>").Append(E(page.Text("OnlyInLaw"))).Append("</ins></span></h4><p>");
        foreach (var run in runs)
        {
            var text = E(run.Text).Replace("\n", "<br>", StringComparison.Ordinal);
            html.Append(run.Kind switch
            {
                DiffKind.Deleted => "<del>" + text + "</del>",
                DiffKind.Inserted => "<ins>" + text + "</ins>",
                _ => text,
            });
        }

        html.Append("</p></div>\n");
    }

    // The provision's number in every version of its law, following the renumbering maps.
    private static void History(Page page, Provision provision)
    {
        var html = page.Html;
        var chain = provision.History;
        var versions = provision.Version.Statute.Versions;
        if (versions.Count < 2)
            return;
        html.Append("<div class=\"history\"><h4>").Append(E(page.Text("EveryVersion", provision.Version.Statute.ShortTitle))).Append("</h4><ul>");
        foreach (var version in versions)
        {
            var counterpart = chain.FirstOrDefault(p => p.Version == version);
            html.Append("<li>").Append(E(page.Version(version))).Append(": ")
                .Append(counterpart == default ? "—" : E(counterpart.Number.ToLabel())).Append("</li>");
        }

        html.Append("</ul></div>\n");
    }

    // Every rule's page, rendered from its Markdown (raw HTML in it is not passed through); links between the pages
    // (CL0004.md, ../CL0004.md) go to the page in the report.
    private static void AppendRulePages(Page page)
    {
        if (page.RulePage is null)
            return;
        var html = page.Html;
        html.Append("<section id=\"rules\"><h2>").Append(E(page.Text("RulePages"))).Append("</h2>\n");
        foreach (var rule in RuleCatalog.All)
        {
            if (page.RulePage(rule) is not { } markdown)
                continue;
            var rendered = Markdig.Markdown.ToHtml(markdown, RulePagePipeline);
            rendered = RulePageLink().Replace(rendered, "href=\"#rule-$1\"");
            html.Append("<details class=\"rule\" id=\"rule-").Append(rule.Id).Append("\"><summary>").Append(E($"{rule.Id} {rule.TitleIn(page.Culture)}"))
                .Append("</summary>\n").Append(rendered).Append("</details>\n");
        }

        html.Append("</section>\n");
    }

    private static readonly Markdig.MarkdownPipeline RulePagePipeline = Markdig.MarkdownExtensions.DisableHtml(Markdig.MarkdownExtensions.UsePipeTables(new Markdig.MarkdownPipelineBuilder())).Build();

    private static readonly System.Text.RegularExpressions.Regex RulePageLinks = new(@"href=""(?:\.\./|zh-CN/)?(CL\d{4})\.md""", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static System.Text.RegularExpressions.Regex RulePageLink() => RulePageLinks;

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Css = """
        body{font:15px/1.6 system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;margin:0 auto;max-width:1100px;padding:1em;color:#222}
        header h1{margin:.2em 0}.keys{color:#666;font-size:.9em}kbd{border:1px solid #aaa;border-radius:3px;padding:0 .3em}
        .tables{display:flex;gap:2em;flex-wrap:wrap}table{border-collapse:collapse}caption{font-weight:bold;text-align:left}
        td{border-bottom:1px solid #eee;padding:.1em .6em}.count{text-align:right}
        nav{position:sticky;top:0;background:#fff;padding:.5em 0;border-bottom:1px solid #ddd;z-index:1}
        .finding{border:1px solid #ddd;border-left:6px solid #999;border-radius:4px;margin:1em 0;padding:.5em 1em}
        .finding.error{border-left-color:#c62828}.finding.warning{border-left-color:#ef6c00}.finding.suggestion{border-left-color:#1565c0}
        .finding:focus{outline:3px solid #42a5f5}.finding h3{margin:.2em 0;font-size:1em}.id{font-family:monospace}
        .severity{text-transform:uppercase;font-size:.8em;color:#555}.where{color:#666;font-family:monospace;font-size:.9em}
        .message{font-weight:600}h4{margin:.6em 0 .2em;font-size:.95em;color:#444}.version{font-weight:normal;color:#777}
        blockquote{margin:0;padding:.2em 1em;background:#f7f7f7;border-left:3px solid #ccc}blockquote p{margin:.2em 0}
        .evidence blockquote{background:#fffde7;border-left-color:#fbc02d}
        mark{background:#fff176}del{background:#ffcdd2;text-decoration:line-through}ins{background:#c8e6c9;text-decoration:none}
        #rules details{border-top:1px solid #ddd;padding:.3em 0}#rules summary{cursor:pointer;font-weight:600}#rules pre{background:#f7f7f7;padding:.5em;overflow:auto}
        .history ul{display:flex;flex-wrap:wrap;gap:1.5em;list-style:none;padding:0;margin:0}.fix{color:#2e7d32}.help{color:#777;font-size:.85em}
        """;

    private const string Script = """
        (function(){
          var cards=Array.prototype.slice.call(document.querySelectorAll('.finding'));
          var rule=document.getElementById('filter-rule'),sev=document.getElementById('filter-severity'),
              file=document.getElementById('filter-file'),text=document.getElementById('filter-text'),
              count=document.getElementById('visible-count'),none=document.getElementById('none-visible');
          function visible(){return cards.filter(function(c){return !c.hidden;});}
          function apply(){
            var t=(text.value||'').toLowerCase();
            cards.forEach(function(c){
              c.hidden=!((!rule.value||c.dataset.rule===rule.value)&&(!sev.value||c.dataset.severity===sev.value)
                &&(!file.value||c.dataset.file===file.value)&&(!t||c.textContent.toLowerCase().indexOf(t)>=0));
            });
            var n=visible().length;count.textContent='{SHOWN}'.replace('{0}',n).replace('{1}',cards.length);none.hidden=n>0||cards.length===0;
          }
          [rule,sev,file].forEach(function(e){e.addEventListener('change',apply);});text.addEventListener('input',apply);
          function openRule(){var d=location.hash&&document.getElementById(location.hash.slice(1));if(d&&d.tagName==='DETAILS'){d.open=true;d.scrollIntoView();}}
          window.addEventListener('hashchange',openRule);openRule();
          document.addEventListener('keydown',function(e){
            if(e.target&&(e.target.tagName==='INPUT'||e.target.tagName==='SELECT'))return;
            var v=visible();if(!v.length)return;var i=v.indexOf(document.activeElement);
            if(e.key==='j'||e.key==='n'){i=i<0?0:Math.min(i+1,v.length-1);}else if(e.key==='k'||e.key==='p'){i=i<0?0:Math.max(i-1,0);}else return;
            v[i].focus();v[i].scrollIntoView({block:'center'});e.preventDefault();
          });
          apply();
        })();
        """;
}
