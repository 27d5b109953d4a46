using CitationLint.Cli.Lsp;
using CitationLint.Cli.Lsp.Protocol;
using Nerdbank.Streams;
using StreamJsonRpc;
using Range = CitationLint.Cli.Lsp.Protocol.Range;

namespace CitationLint.Cli.Tests.Lsp;

/// <summary>
/// The language server through StreamJsonRpc, in process: what an editor's client sends, and what comes back —
/// the parts Neovim cannot show simply (LanguageServerNeovimTests drives the real program in a real editor).
/// </summary>
public sealed class LanguageServerTests : IDisposable
{
    // A repealed law (CL0005) and a number made stale by the 2025 revision, shown by the 2012 words after it (CL0004).
    private const string Repealed = "有人说，依据《合同法》第一百零七条，欠款不还就得赔。";
    private const string Stale = "群里天天发骚扰短信的，根据《治安管理处罚法》第四十二条：“多次发送淫秽、侮辱、恐吓或者其他信息，干扰他人正常生活的”，可以报警。";

    private readonly string _folder = Directory.CreateTempSubdirectory("citationlint-lsp-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string UriOf(string name) => new Uri(Path.Combine(_folder, name)).AbsoluteUri;

    [Fact]
    public async Task DidOpen_PublishesTheFindings_OfTheEditorsText_NotTheFileOnDisk()
    {
        var path = Path.Combine(_folder, "a.md");
        File.WriteAllText(path, "# 还没有引用\n");
        await using var session = await LanguageServerSession.StartAsync();
        await session.Open(UriOf("a.md"), "# 标题\n\n" + Repealed + "\n");
        var published = await session.NextDiagnostics();
        Assert.Equal((UriOf("a.md"), 1), (published.Uri, published.Version));
        var diagnostic = Assert.Single(published.Diagnostics);
        Assert.Equal(("CL0005", 2, "citationlint"), (diagnostic.Code, diagnostic.Severity, diagnostic.Source));
        var column = Repealed.IndexOf('《', StringComparison.Ordinal);
        Assert.Equal(new Range(new Position(2, column), new Position(2, column + "《合同法》第一百零七条".Length)), diagnostic.Range);
        Assert.Contains("《中华人民共和国民法典》", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IncrementalChanges_ApplyAtUtf16Positions_PastCjkAndSurrogatePairs()
    {
        await using var session = await LanguageServerSession.StartAsync();
        var uri = UriOf("b.md");
        // 𠮷 (U+20BB7) is two UTF-16 code units; LSP counts both.
        var text = "𠮷𠮷甲乙\r\n" + Repealed + "\n";
        await session.Open(uri, text);
        await session.NextDiagnostics();
        // Insert after the two surrogate pairs (character 4), then replace 甲乙 (now at 7–9) on line 0, then insert at the
        // start of line 1 and delete its first character (有), each edit in the text the previous left.
        await session.Change(
            uri,
            2,
            new TextDocumentContentChangeEvent(new Range(new Position(0, 4), new Position(0, 4)), "丙"),
            new TextDocumentContentChangeEvent(new Range(new Position(0, 5), new Position(0, 7)), "丁戊己"),
            new TextDocumentContentChangeEvent(new Range(new Position(1, 0), new Position(1, 1)), "𠮷某某"));
        var published = await session.NextDiagnostics();
        Assert.Equal(2, published.Version);
        var expected = "𠮷𠮷丙丁戊己\r\n" + "𠮷某某" + Repealed[1..] + "\n";
        var column = expected.Split("\r\n")[1].IndexOf('《', StringComparison.Ordinal);
        Assert.Equal(new Position(1, column), Assert.Single(published.Diagnostics).Range.Start);

        // The code action's edit lands where the text now is: the fix of a number after the edits.
        await session.Change(uri, 3, new TextDocumentContentChangeEvent(null, expected + Stale + "\n"));
        var stale = (await session.NextDiagnostics()).Diagnostics.Single(d => d.Code == "CL0004");
        var actions = await session.Request<IReadOnlyList<CodeAction>>("textDocument/codeAction", new CodeActionParams(new TextDocumentIdentifier(uri), stale.Range, new CodeActionContext([stale], ["quickfix"])));
        var fix = Assert.Single(actions);
        var edit = Assert.Single(fix.Edit.Changes[uri]);
        Assert.Equal("第五十条", edit.NewText);
        var buffer = new EditorBuffer(uri, "markdown", 3, expected + Stale + "\n");
        buffer.Apply(4, [new TextDocumentContentChangeEvent(edit.Range, edit.NewText)]);
        Assert.Equal(expected + Stale.Replace("第四十二条", "第五十条", StringComparison.Ordinal) + "\n", buffer.Text);
    }

    [Fact]
    public void EditorBuffer_CountsLinesAsTheProtocolDoes_AndClampsPastTheEnd()
    {
        var buffer = new EditorBuffer("untitled:x", "plaintext", 1, "一\r\n二\r三\n𠮷四");
        Assert.Equal(new Position(3, 2), buffer.PositionOf(buffer.Text.IndexOf('四', StringComparison.Ordinal)));
        Assert.Equal(buffer.Text.IndexOf('三', StringComparison.Ordinal), buffer.OffsetOf(new Position(2, 0)));
        // A character past the line's end is its end (before \r\n), a line past the last is the text's end.
        Assert.Equal(1, buffer.OffsetOf(new Position(0, 99)));
        Assert.Equal(buffer.Text.Length, buffer.OffsetOf(new Position(9, 0)));
        buffer.Apply(2, [new TextDocumentContentChangeEvent(new Range(new Position(0, 1), new Position(2, 0)), "")]);
        Assert.Equal("一三\n𠮷四", buffer.Text);
        Assert.Equal(new Position(1, 2), buffer.PositionOf(buffer.Text.Length - 1));
    }

    [Fact]
    public async Task RapidChanges_AreCheckedOnce_AfterTheLast()
    {
        await using var session = await LanguageServerSession.StartAsync(debounceMs: 400);
        var uri = UriOf("c.md");
        await session.Open(uri, "");
        Assert.Empty((await session.NextDiagnostics()).Diagnostics);
        var checks = session.Server.Checks;
        // Typed a character at a time, faster than the debounce.
        var typed = Repealed;
        for (var i = 0; i < typed.Length; i++)
            await session.Change(uri, i + 2, new TextDocumentContentChangeEvent(new Range(new Position(0, i), new Position(0, i)), typed[i].ToString()));
        var published = await session.NextDiagnostics();
        Assert.Equal(typed.Length + 1, published.Version);
        Assert.Equal("CL0005", Assert.Single(published.Diagnostics).Code);
        Assert.Empty(await session.DiagnosticsWithin(TimeSpan.FromMilliseconds(800)));
        Assert.Equal(checks + 1, session.Server.Checks);
    }

    [Fact]
    public async Task EditorConfigSeverities_AndInlineDisables_AreHonoured()
    {
        File.WriteAllText(Path.Combine(_folder, ".editorconfig"), "root = true\n\n[*.md]\ndotnet_diagnostic.CL0005.severity = error\n");
        await using var session = await LanguageServerSession.StartAsync();
        await session.Open(UriOf("d.md"), Repealed + "\n\n<!-- citationlint-disable-next-line CL0004 -->\n" + Stale + "\n\n" + Stale + "\n");
        var diagnostics = (await session.NextDiagnostics()).Diagnostics;
        Assert.Equal([("CL0005", 1, 0), ("CL0004", 2, 5)], diagnostics.Select(d => (d.Code, d.Severity, d.Range.Start.Line)));

        // The same text with no .editorconfig above it (an unsaved buffer in the server's folder): CL0005's default.
        await session.Open("untitled:Untitled-1", Repealed);
        Assert.Equal(2, Assert.Single((await session.NextDiagnostics()).Diagnostics).Severity);
    }

    [Theory]
    [InlineData("markdown", 0)]
    [InlineData("plaintext", 1)]
    [InlineData("text", 1)]
    public async Task TheLanguage_ChoosesTheReader_MarkdownSkipsCode(string languageId, int findings)
    {
        await using var session = await LanguageServerSession.StartAsync();
        await session.Open(UriOf("code." + languageId), "代码里的 `《合同法》第一百零七条` 不算引用。", languageId);
        Assert.Equal(findings, (await session.NextDiagnostics()).Diagnostics.Count);
    }

    [Fact]
    public async Task DidClose_ClearsTheDiagnostics()
    {
        await using var session = await LanguageServerSession.StartAsync();
        var uri = UriOf("e.md");
        await session.Open(uri, Repealed);
        Assert.NotEmpty((await session.NextDiagnostics()).Diagnostics);
        await session.Notify("textDocument/didClose", new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
        var cleared = await session.NextDiagnostics();
        Assert.Equal((uri, (int?)null), (cleared.Uri, cleared.Version));
        Assert.Empty(cleared.Diagnostics);
        Assert.Null(await session.Request<Hover?>("textDocument/hover", new TextDocumentPositionParams(new TextDocumentIdentifier(uri), new Position(0, 8))));
    }

    [Fact]
    public async Task Locale_zhCN_SpeaksChinese_AndLangOverridesIt()
    {
        await using (var chinese = await LanguageServerSession.StartAsync(locale: "zh-CN"))
        {
            await chinese.Open(UriOf("f.md"), Repealed);
            Assert.Contains("已于2021年1月1日废止", Assert.Single((await chinese.NextDiagnostics()).Diagnostics).Message, StringComparison.Ordinal);
        }

        await using var english = await LanguageServerSession.StartAsync(locale: "zh-CN", lang: "en");
        await english.Open(UriOf("f.md"), Repealed);
        Assert.Contains("was repealed on 2021-01-01", Assert.Single((await english.NextDiagnostics()).Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hover_GivesTheTextInTheVersionThatApplies_TheNumbers_AndTheRulesPage()
    {
        await using var session = await LanguageServerSession.StartAsync();
        var uri = UriOf("g.md");
        await session.Open(uri, Stale);
        await session.NextDiagnostics();
        var at = Stale.IndexOf("第四十二条", StringComparison.Ordinal) + 2;
        var hover = await session.Request<Hover?>("textDocument/hover", new TextDocumentPositionParams(new TextDocumentIdentifier(uri), new Position(0, at)));
        Assert.NotNull(hover);
        var text = hover.Contents.Value;
        Assert.Equal("markdown", hover.Contents.Kind);
        // The 2012 text the page follows, its number then and since the 2025 revision, and CL0004's page.
        Assert.Contains("多次发送淫秽、侮辱、恐吓或者其他信息，干扰他人正常生活的", text, StringComparison.Ordinal);
        Assert.Contains("2012-10-26 (修正, in force 2013-01-01): 第四十二条 ◀", text, StringComparison.Ordinal);
        Assert.Contains("2025-06-27 (修订, in force 2026-01-01): 第五十条", text, StringComparison.Ordinal);
        Assert.Contains("## CL0004: outdated-number", text, StringComparison.Ordinal);
        Assert.Null(await session.Request<Hover?>("textDocument/hover", new TextDocumentPositionParams(new TextDocumentIdentifier(uri), new Position(0, 1))));
    }

    [Fact]
    public async Task DocumentLinks_LeadToLookupsText()
    {
        await using var session = await LanguageServerSession.StartAsync();
        var uri = UriOf("h.md");
        await session.Open(uri, Repealed);
        await session.NextDiagnostics();
        var link = Assert.Single(await session.Request<IReadOnlyList<DocumentLink>>("textDocument/documentLink", new DocumentLinkParams(new TextDocumentIdentifier(uri))));
        Assert.StartsWith("citationlint:/lookup/", link.Target, StringComparison.Ordinal);
        var text = await session.Request<string>(CitationLanguageServer.LookupMethod, new LookupParams(link.Target));
        Assert.Contains("Repealed on 2021-01-01; carried on by 中华人民共和国民法典 第五百七十七条", text, StringComparison.Ordinal);
        Assert.Contains("当事人一方不履行合同义务", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, 0)]
    [InlineData(false, 1)]
    public async Task Exit_EndsTheServer_WithZeroOnlyAfterShutdown(bool shutdown, int exitCode)
    {
        var server = new CitationLanguageServer(Statutes.Table.StatuteTable.Default, () => Statutes.Table.QuoteIndex.Default, () => LanguageServerSession.Today, null, TimeSpan.Zero, TextWriter.Null);
        var (serverStream, clientStream) = FullDuplexStream.CreatePair();
        var running = server.RunAsync(serverStream, serverStream, CancellationToken.None);
        using var client = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, CitationLanguageServer.Formatter()));
        client.StartListening();
        await client.InvokeWithParameterObjectAsync<InitializeResult>("initialize", new InitializeParams());
        if (shutdown)
            await client.InvokeWithParameterObjectAsync<object?>("shutdown", null);
        await client.NotifyAsync("exit");
        Assert.Equal(exitCode, await running.WaitAsync(TimeSpan.FromSeconds(20)));
    }
}
