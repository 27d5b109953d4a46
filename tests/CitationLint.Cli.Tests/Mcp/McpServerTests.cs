using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace CitationLint.Cli.Tests.Mcp;

/// <summary>
/// <c>citationlint mcp</c> end to end: the real program started as a process and driven by the MCP SDK's own client
/// over stdio, as an agent's host does, on a fixture written for these tests (Mcp/seed-kinds.md) with one citation of
/// each kind the seed articles get wrong.
/// </summary>
public sealed class McpServerTests(McpServerTests.Server server) : IClassFixture<McpServerTests.Server>
{
    // Pinned, so the findings do not age: after the 治安管理处罚法 revision of 2025 took effect (2026-01-01).
    private const string AsOf = "2026-06-01";

    private static readonly string Fixture = File.ReadAllText(Path.Combine(CitationLintProcess.RepositoryRoot, "tests", "CitationLint.Cli.Tests", "Mcp", "seed-kinds.md"));

    [Fact]
    public async Task Mcp_ListsTheThreeTools_WithTheirSchemas()
    {
        var tools = await server.Client.ListToolsAsync();
        Assert.Equal(["check_text", "find_law", "lookup_provision"], tools.Select(t => t.Name).Order(StringComparer.Ordinal));
        var check = tools.Single(t => t.Name == "check_text").ProtocolTool;
        Assert.Equal(["text"], check.InputSchema.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["date", "lang", "text"], check.InputSchema.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.True(check.OutputSchema!.Value.GetProperty("properties").TryGetProperty("citations", out _));
        Assert.True(check.Annotations!.ReadOnlyHint);
        var lookup = tools.Single(t => t.Name == "lookup_provision").ProtocolTool;
        Assert.Equal(["article", "law"], lookup.InputSchema.GetProperty("required").EnumerateArray().Select(e => e.GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(["name"], tools.Single(t => t.Name == "find_law").ProtocolTool.InputSchema.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task CheckText_GivesEachCitationItsVerdict()
    {
        var result = await Call("check_text", new() { ["text"] = Fixture, ["date"] = AsOf });
        Assert.Equal(AsOf, result.GetProperty("asOf").GetString());
        var citations = result.GetProperty("citations").EnumerateArray().ToList();
        Assert.Equal(
            [
                ("《中华人民共和国民法典》第六百七十五条", "wrong_provision", "《中华人民共和国民法典》第六百七十四条"),
                ("《治安管理处罚法》第四十二条", "outdated", "《治安管理处罚法》第五十条"),
                ("《合同法》第一百零七条", "repealed", "《民法典》第五百七十七条"),
                ("《贷款逾期催收公约》第五条", "unknown_law", null),
                ("《中华人民共和国民法典》第一千零三十二条", "verified", null),
            ],
            citations.Select(c => (c.GetProperty("text").GetString(), c.GetProperty("verdict").GetString(), c.GetProperty("corrected").GetString())));
        Assert.Equal(
            """{"outdated":1,"repealed":1,"unknown_law":1,"verified":1,"wrong_provision":1}""",
            result.GetProperty("verdicts").GetRawText().Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));

        // A quote from another article: the words, and the article they are.
        var wrong = citations[0];
        Assert.Equal(("中华人民共和国民法典", "2020-05-28", "675"), (wrong.GetProperty("law").GetString(), wrong.GetProperty("version").GetString(), wrong.GetProperty("article").GetString()));
        Assert.Equal("quote", wrong.GetProperty("evidence").GetProperty("kind").GetString());
        Assert.Equal("借款人应当按照约定的期限支付利息。", wrong.GetProperty("evidence").GetProperty("words").GetString());
        Assert.Equal("674", wrong.GetProperty("quoteFoundIn")[0].GetProperty("article").GetString());
        Assert.Contains("第六百七十四条", wrong.GetProperty("message").GetString(), StringComparison.Ordinal);
        var finding = Assert.Single(wrong.GetProperty("findings").EnumerateArray());
        Assert.Equal(("CL0003", "quote-mismatch", "error", "wrong_provision"), (finding.GetProperty("id").GetString(), finding.GetProperty("rule").GetString(), finding.GetProperty("severity").GetString(), finding.GetProperty("verdict").GetString()));
        Assert.Equal("第六百七十四条", finding.GetProperty("fix").GetProperty("replacement").GetString());

        // A number made stale by the 2025 revision, shown by the 2012 text it quotes.
        var stale = citations[1];
        Assert.Equal(("2012-10-26", "42"), (stale.GetProperty("evidence").GetProperty("version").GetString(), stale.GetProperty("evidence").GetProperty("article").GetString()));
        Assert.Contains("第五十条", stale.GetProperty("message").GetString(), StringComparison.Ordinal);

        // A repealed law, with its successor's article; an invented one, with no law at all.
        Assert.Contains("《中华人民共和国民法典》", citations[2].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, citations[3].GetProperty("law").ValueKind);
        Assert.Equal("CL0001", Assert.Single(citations[3].GetProperty("findings").EnumerateArray()).GetProperty("id").GetString());

        // A correct citation: its law, version and article, no message, no finding.
        var verified = citations[4];
        Assert.Equal(("1032", "第一千零三十二条"), (verified.GetProperty("article").GetString(), verified.GetProperty("articleLabel").GetString()));
        Assert.Equal(JsonValueKind.Null, verified.GetProperty("message").ValueKind);
        Assert.Empty(verified.GetProperty("findings").EnumerateArray());
    }

    [Fact]
    public async Task CheckText_SpeaksChinese_WhenAsked()
    {
        var result = await Call("check_text", new() { ["text"] = "有的催收话术说，依据《合同法》第一百零七条，借款人必须承担违约责任。", ["date"] = AsOf, ["lang"] = "zh-CN" });
        Assert.Equal("zh-CN", result.GetProperty("language").GetString());
        var citation = Assert.Single(result.GetProperty("citations").EnumerateArray());
        Assert.Equal("repealed", citation.GetProperty("verdict").GetString());
        Assert.Contains("已于2021年1月1日废止", citation.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckText_BadDate_IsAToolError()
    {
        var result = await server.Client.CallToolAsync("check_text", new Dictionary<string, object?> { ["text"] = Fixture, ["date"] = "2026/06/01" });
        Assert.True(result.IsError);
        Assert.Contains("not a date in the form YYYY-MM-DD", Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LookupProvision_GivesTheTextAndTheNumberInEveryVersion()
    {
        var result = await Call("lookup_provision", new() { ["law"] = "治安管理处罚法", ["article"] = "42", ["date"] = "2013-06-01" });
        Assert.Equal("中华人民共和国治安管理处罚法", result.GetProperty("law").GetString());
        Assert.Equal(("2012-10-26", true), (result.GetProperty("version").GetProperty("date").GetString(), result.GetProperty("version").GetProperty("inForce").GetBoolean()));
        Assert.Contains("多次发送淫秽、侮辱、恐吓或者其他信息，干扰他人正常生活的", result.GetProperty("text").GetString(), StringComparison.Ordinal);
        var history = result.GetProperty("history").EnumerateArray().ToDictionary(h => h.GetProperty("version").GetProperty("date").GetString()!, h => h);
        Assert.Equal("42", history["2012-10-26"].GetProperty("article").GetString());
        Assert.True(history["2012-10-26"].GetProperty("selected").GetBoolean());
        Assert.Equal(("50", "第五十条"), (history["2025-06-27"].GetProperty("article").GetString(), history["2025-06-27"].GetProperty("articleLabel").GetString()));
    }

    [Fact]
    public async Task LookupProvision_RepealedLaw_GivesTheSuccessorArticle()
    {
        var result = await Call("lookup_provision", new() { ["law"] = "合同法", ["article"] = "第一百零七条" });
        Assert.Equal("2021-01-01", result.GetProperty("repealed").GetString());
        Assert.Equal(("中华人民共和国民法典", "577"), (result.GetProperty("successor").GetProperty("law").GetString(), result.GetProperty("successor").GetProperty("article").GetString()));
    }

    [Fact]
    public async Task LookupProvision_UnknownLaw_IsAToolErrorWithASuggestion()
    {
        var result = await server.Client.CallToolAsync("lookup_provision", new Dictionary<string, object?> { ["law"] = "贷款逾期催收公约", ["article"] = "5" });
        Assert.True(result.IsError);
        Assert.Contains("did you mean 《互联网金融逾期债务催收自律公约（试行）》?", Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindLaw_AnAbbreviation_GivesTheOfficialTitleAndVersions()
    {
        var result = await Call("find_law", new() { ["name"] = "民诉法" });
        Assert.Equal((true, "alias"), (result.GetProperty("found").GetBoolean(), result.GetProperty("nameMatch").GetString()));
        var law = result.GetProperty("law");
        Assert.Equal(("中华人民共和国民事诉讼法", "民事诉讼法", "法律"), (law.GetProperty("title").GetString(), law.GetProperty("shortTitle").GetString(), law.GetProperty("level").GetString()));
        var versions = law.GetProperty("versions").EnumerateArray().ToList();
        Assert.Contains(versions, v => v.GetProperty("date").GetString() == "2021-12-24" && v.GetProperty("kind").GetString() == "修正" && v.GetProperty("effective").GetString() == "2022-01-01");
        Assert.Equal("2023-09-01", Assert.Single(versions, v => v.GetProperty("inForce").GetBoolean()).GetProperty("date").GetString());
    }

    [Fact]
    public async Task FindLaw_ARepealedLaw_NamesItsSuccessor()
    {
        var law = (await Call("find_law", new() { ["name"] = "《合同法》" })).GetProperty("law");
        Assert.Equal(("2021-01-01", "中华人民共和国民法典"), (law.GetProperty("repealed").GetString(), law.GetProperty("successor").GetString()));
        Assert.DoesNotContain(law.GetProperty("versions").EnumerateArray(), v => v.GetProperty("inForce").GetBoolean());
    }

    [Fact]
    public async Task FindLaw_AMisspelling_IsTakenForItsLaw()
    {
        var result = await Call("find_law", new() { ["name"] = "民法点" });
        Assert.Equal(("misspelt", "中华人民共和国民法典"), (result.GetProperty("nameMatch").GetString(), result.GetProperty("law").GetProperty("title").GetString()));
    }

    [Fact]
    public async Task FindLaw_AnInventedName_IsNotFound_WithTheClosestLaw()
    {
        var result = await Call("find_law", new() { ["name"] = "贷款逾期催收公约" });
        Assert.False(result.GetProperty("found").GetBoolean());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("law").ValueKind);
        Assert.Equal("互联网金融逾期债务催收自律公约（试行）", result.GetProperty("suggestion").GetProperty("title").GetString());
        Assert.True(result.GetProperty("suggestion").GetProperty("nameOnly").GetBoolean());
    }

    [Fact]
    public async Task Mcp_WritesNothingButProtocolToStandardOutput()
    {
        // Raw JSON-RPC, one message a line, without the SDK: every line the server writes must be a JSON-RPC message,
        // and once standard input closes it exits with 0 and writes nothing more.
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in (string[])[Path.Combine(AppContext.BaseDirectory, "citationlint.dll"), "mcp"])
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        async Task<string> Exchange(string request)
        {
            await process.StandardInput.WriteLineAsync(request);
            await process.StandardInput.FlushAsync();
            return await process.StandardOutput.ReadLineAsync() ?? "";
        }

        var initialized = JsonDocument.Parse(await Exchange("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"test","version":"1"}}}"""));
        Assert.Equal("citationlint", initialized.RootElement.GetProperty("result").GetProperty("serverInfo").GetProperty("name").GetString());
        await process.StandardInput.WriteLineAsync("""{"jsonrpc":"2.0","method":"notifications/initialized"}""");
        var called = JsonDocument.Parse(await Exchange("""{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"find_law","arguments":{"name":"个保法"}}}"""));
        Assert.Equal(2, called.RootElement.GetProperty("id").GetInt32());
        Assert.Equal("中华人民共和国个人信息保护法", called.RootElement.GetProperty("result").GetProperty("structuredContent").GetProperty("law").GetProperty("title").GetString());
        process.StandardInput.Close();
        Assert.Equal("", await process.StandardOutput.ReadToEndAsync());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        Assert.Equal(0, process.ExitCode);
        Assert.DoesNotContain("error", await errors, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<JsonElement> Call(string tool, Dictionary<string, object?> arguments)
    {
        var result = await server.Client.CallToolAsync(tool, arguments);
        Assert.True(result.IsError is not true, Text(result) + server.Errors);
        // The structured content, and the same JSON as text for clients that read only text.
        var structured = Assert.IsType<JsonElement>(result.StructuredContent);
        Assert.Equal(JsonSerializer.Serialize(structured), JsonSerializer.Serialize(JsonDocument.Parse(Text(result)).RootElement));
        return structured;
    }

    private static string Text(CallToolResult result) => string.Concat(result.Content.OfType<TextContentBlock>().Select(c => c.Text));

    /// <summary>One <c>citationlint mcp</c> process and its client, shared by the tests of the class.</summary>
    public sealed class Server : IAsyncLifetime
    {
        private readonly ConcurrentQueue<string> _errors = new();

        public McpClient Client { get; private set; } = null!;

        /// <summary>What the server wrote to standard error, for failure messages.</summary>
        public string Errors => string.Join('\n', _errors);

        public async Task InitializeAsync()
        {
            var transport = new StdioClientTransport(new StdioClientTransportOptions
            {
                Name = "citationlint",
                Command = "dotnet",
                Arguments = [Path.Combine(AppContext.BaseDirectory, "citationlint.dll"), "mcp"],
                WorkingDirectory = CitationLintProcess.RepositoryRoot,
                StandardErrorLines = _errors.Enqueue,
            });
            Client = await McpClient.CreateAsync(transport, new McpClientOptions { ClientInfo = new Implementation { Name = "CitationLint.Cli.Tests", Version = "1" } });
        }

        public async Task DisposeAsync() => await Client.DisposeAsync();
    }
}
