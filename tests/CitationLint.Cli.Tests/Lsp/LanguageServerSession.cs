using System.Threading.Channels;
using CitationLint.Cli.Lsp;
using CitationLint.Cli.Lsp.Protocol;
using CitationLint.Statutes.Table;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace CitationLint.Cli.Tests.Lsp;

/// <summary>
/// A client of <see cref="CitationLanguageServer"/> over an in-memory duplex stream, with the protocol's framing and the
/// server's own JSON formatter: what it sends goes through the same dispatch as an editor's messages.
/// </summary>
internal sealed class LanguageServerSession : IAsyncDisposable
{
    // Pinned, so the findings do not age: after the 治安管理处罚法 revision of 2025 took effect (2026-01-01).
    public static readonly DateOnly Today = new(2026, 6, 1);

    private readonly JsonRpc _server;
    private readonly JsonRpc _client;
    private readonly Channel<PublishDiagnosticsParams> _published = Channel.CreateUnbounded<PublishDiagnosticsParams>();

    private LanguageServerSession(CitationLanguageServer server, JsonRpc serverRpc, JsonRpc client)
    {
        Server = server;
        _server = serverRpc;
        _client = client;
    }

    public CitationLanguageServer Server { get; }

    public static async Task<LanguageServerSession> StartAsync(string? locale = null, string? lang = null, int debounceMs = 50)
    {
        var server = new CitationLanguageServer(StatuteTable.Default, () => QuoteIndex.Default, () => Today, lang, TimeSpan.FromMilliseconds(debounceMs), TextWriter.Null);
        var (serverStream, clientStream) = FullDuplexStream.CreatePair();
        var serverRpc = server.Attach(new HeaderDelimitedMessageHandler(serverStream, serverStream, CitationLanguageServer.Formatter()));
        serverRpc.StartListening();
        var client = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, CitationLanguageServer.Formatter()));
        var session = new LanguageServerSession(server, serverRpc, client);
        client.AddLocalRpcTarget(new Receiver(session._published.Writer), new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        client.StartListening();
        await session.Request<InitializeResult>("initialize", new InitializeParams { Locale = locale });
        return session;
    }

    public Task<T> Request<T>(string method, object parameters) => _client.InvokeWithParameterObjectAsync<T>(method, parameters);

    public Task Notify(string method, object parameters) => _client.NotifyWithParameterObjectAsync(method, parameters);

    public Task Open(string uri, string text, string languageId = "markdown", int version = 1) =>
        Notify("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(uri, languageId, version, text)));

    public Task Change(string uri, int version, params TextDocumentContentChangeEvent[] changes) =>
        Notify("textDocument/didChange", new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), changes));

    /// <summary>The next publishDiagnostics, or a failure after 20 s.</summary>
    public async Task<PublishDiagnosticsParams> NextDiagnostics()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        return await _published.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>The publishDiagnostics that arrive within <paramref name="wait"/>, none expected.</summary>
    public async Task<List<PublishDiagnosticsParams>> DiagnosticsWithin(TimeSpan wait)
    {
        await Task.Delay(wait);
        var more = new List<PublishDiagnosticsParams>();
        while (_published.Reader.TryRead(out var published))
            more.Add(published);
        return more;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        _server.Dispose();
        await Task.CompletedTask;
    }

    /// <summary>The client's side: the notifications the server sends.</summary>
    private sealed class Receiver(ChannelWriter<PublishDiagnosticsParams> published)
    {
        [JsonRpcMethod("textDocument/publishDiagnostics")]
        public void PublishDiagnostics(PublishDiagnosticsParams parameters) => published.TryWrite(parameters);
    }
}
