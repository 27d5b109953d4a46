using System.Text;
using CitationLint.Cli.Commands;
using CitationLint.Cli.Lsp.Protocol;
using CitationLint.Configuration;
using CitationLint.Documents;
using CitationLint.Fixes;
using CitationLint.Output;
using CitationLint.Rules;
using CitationLint.Statutes.Table;

namespace CitationLint.Cli.Lsp;

/// <summary>
/// One check of an editor's text, and what the language server answers from it: the diagnostics, a hover, the code
/// actions, the document links. The findings are those <c>check</c> reports for the same text at the same path.
/// </summary>
internal sealed class EditorDocumentCheck
{
    private EditorDocumentCheck(EditorBuffer buffer, CheckResult result)
    {
        Buffer = buffer;
        Result = result;
    }

    /// <summary>The text checked (a snapshot: positions are mapped in it).</summary>
    public EditorBuffer Buffer { get; }

    /// <summary>The check, its diagnostics configured as <c>check</c> configures them.</summary>
    public CheckResult Result { get; }

    /// <summary>Checks the editor's text with <paramref name="checker"/> as <c>check</c> would check the file.</summary>
    public static EditorDocumentCheck Run(EditorBuffer buffer, CitationChecker checker)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentNullException.ThrowIfNull(checker);
        var document = DocumentReader.Read(buffer.Path, buffer.Text, buffer.Format);
        var result = checker.Check(document);
        // The configuration check applies (DiagnosticPolicy): the .editorconfig severities for the document's path, read
        // afresh for each check so that an edit to the file shows at the next keystroke, and its inline disable
        // comments. No baseline: the editor is where recorded findings get fixed, so it shows them.
        var kept = new DiagnosticPolicy(new EditorConfigSeverities(), Baseline.Empty).Apply(result.Analysis, result.Diagnostics);
        return new EditorDocumentCheck(buffer, result with { Diagnostics = kept });
    }

    /// <summary>The findings as LSP diagnostics.</summary>
    public IReadOnlyList<LspDiagnostic> Diagnostics() => [.. Result.Diagnostics.Select(ToLsp)];

    /// <summary>
    /// The hover at <paramref name="offset"/>: on a citation, the provision's text in the version that applies (for a stale
    /// number, the version where it was right) and its number in every version (as <c>lookup</c> prints them); on a finding, its message and its
    /// rule's page (as <c>explain</c> prints it). Null where there is neither.
    /// </summary>
    public Hover? Hover(int offset, StatuteTable table, DateOnly today, OutputLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var citation = CitationOutcomes.From(Result).Citations.FirstOrDefault(c => Contains(c.Span, offset));
        var findings = Result.Diagnostics.Where(d => Contains(d.Span, offset)).ToList();
        if (citation is null && findings.Count == 0)
            return null;
        var text = new StringBuilder();
        // The version that applies: for a stale number, the one the document follows (where the number was right).
        if (citation?.Reference is { Statute: { } statute, Version: { } judged, Article: { } article }
            && (citation.Check?.Renumbering?.RightIn ?? judged) is var version
            && ProvisionLookup.Find(table, statute.Title, article.ToString(), version.Date, today) is { Provision: { } provision } lookup)
        {
            var printed = new StringWriter();
            LookupCommand.Print(printed, provision, language);
            LookupCommand.PrintRepeal(printed, lookup, language);
            AppendLines(text, printed.ToString(), bold: 1);
            text.Append("\n\n");
            foreach (var (v, counterpart) in lookup.History)
                text.Append("- ").Append(Escape(LookupCommand.HistoryLine(v, counterpart, provision.Version, language))).Append('\n');
        }

        foreach (var finding in findings)
        {
            if (text.Length > 0)
                text.Append("\n---\n\n");
            text.Append("**").Append(finding.Id).Append("** ").Append(Escape(finding.Message)).Append("\n\n");
            // The rule's page, its own heading one level down (it is a part of the hover, not its title).
            if (ExplainCommand.RulePage(finding.Descriptor, language.Culture) is { } page)
                text.Append(page.StartsWith("# ", StringComparison.Ordinal) ? "#" + page : page).Append('\n');
        }

        var span = citation?.Span ?? findings[0].Span;
        return new Hover(new MarkupContent("markdown", text.ToString().TrimEnd() + "\n"), Buffer.RangeOf(span));
    }

    /// <summary>
    /// The code actions for a range: each finding there with an unambiguous fix (the ones <c>check --fix</c>
    /// applies, <see cref="FixPlanner"/>) as a quick fix, and every such fix in the document as one source action.
    /// </summary>
    public IReadOnlyList<CodeAction> CodeActions(int start, int end, IReadOnlyList<string>? only, OutputLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var actions = new List<CodeAction>();
        if (Wants(only, "quickfix"))
        {
            foreach (var diagnostic in Result.Diagnostics)
            {
                if (diagnostic.Span.Start > end || diagnostic.Span.End < start || FixPlanner.Plan([diagnostic]) is not [var fix])
                    continue;
                actions.Add(new CodeAction(language.Text("LspFix", fix.Replacement), "quickfix", [ToLsp(diagnostic)], IsPreferred: true, Edit([fix])));
            }
        }

        if (Wants(only, CitationLanguageServer.FixAllKind) && FixPlanner.Plan(Result.Diagnostics) is { Count: > 0 } all)
            actions.Add(new CodeAction(language.Text("LspFixAll"), CitationLanguageServer.FixAllKind, [], IsPreferred: false, Edit(all)));
        return actions;
    }

    /// <summary>A link from each citation of an article the table holds to its text in every version (<see cref="LookupLink"/>).</summary>
    public IReadOnlyList<DocumentLink> Links(OutputLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var links = new List<DocumentLink>();
        foreach (var citation in CitationOutcomes.From(Result).Citations)
        {
            if (citation.Reference is { Statute: { NameOnly: false } statute, Version: { } version, Article: { } article })
            {
                links.Add(new DocumentLink(
                    Buffer.RangeOf(citation.Span),
                    LookupLink.Target(statute.Title, article.ToString(), version.Date),
                    language.Text("LspLookupLink", statute.Title, article.ToLabel())));
            }
        }

        return links;
    }

    private LspDiagnostic ToLsp(Diagnostic diagnostic) => new(
        Buffer.RangeOf(diagnostic.Span),
        diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => 1,
            DiagnosticSeverity.Warning => 2,
            DiagnosticSeverity.Suggestion => 3,
            _ => 4, // silent: a hint, which editors show faintly if at all
        },
        diagnostic.Id,
        "citationlint",
        diagnostic.Message);

    private WorkspaceEdit Edit(IReadOnlyList<Fix> fixes) =>
        new(new Dictionary<string, IReadOnlyList<TextEdit>>(StringComparer.Ordinal)
        {
            [Buffer.Uri] = [.. fixes.Select(f => new TextEdit(Buffer.RangeOf(f.Span), f.Replacement))],
        });

    // LSP's kinds are dotted hierarchies: asking for "source" takes "source.fixAll.citationlint".
    private static bool Wants(IReadOnlyList<string>? only, string kind) =>
        only is null || only.Any(o => kind == o || kind.StartsWith(o + ".", StringComparison.Ordinal));

    // A cursor just after a citation is still on it.
    private static bool Contains(Syntax.TextSpan span, int offset) => span.Start <= offset && offset <= span.End;

    private static void AppendLines(StringBuilder text, string lines, int bold)
    {
        var all = lines.TrimEnd().Split('\n');
        for (var i = 0; i < all.Length; i++)
        {
            var line = Escape(all[i].TrimEnd('\r'));
            text.Append(i < bold && line.Length > 0 ? "**" + line + "**" : line).Append(i + 1 < all.Length ? "  \n" : "");
        }
    }

    // Statute text and messages as Markdown text, not markup (a * or _ in a message stays a character).
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '|')
                escaped.Append('\\');
            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
