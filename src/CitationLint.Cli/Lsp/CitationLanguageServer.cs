using System.Text.Json;
using CitationLint.Cli.Lsp.Protocol;
using CitationLint.Output;
using CitationLint.Statutes.Table;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;

namespace CitationLint.Cli.Lsp;

/// <summary>
/// <c>citationlint lsp</c>: a Language Server Protocol server for Markdown and plain text. It keeps the text of each
/// open document as the editor has it (full and incremental sync), checks it with the pipeline every host runs
/// (<see cref="EditorDocumentCheck"/>) on open and, debounced, on change, and publishes the findings; hover, code
/// actions (the fixes) and document links read the last check. The JSON-RPC framing and dispatch are StreamJsonRpc's;
/// the protocol's types are this server's own (Protocol/).
/// </summary>
/// <param name="table">The statute table.</param>
/// <param name="quoteIndex">The quote index, opened on first need.</param>
/// <param name="today">The host's clock, read at each check (a server may run past midnight).</param>
/// <param name="lang">The --lang option: it wins over the client's locale.</param>
/// <param name="debounce">How long after a change the check waits for the next (<see cref="Commands.LspCommand.ChangeDebounce"/>).</param>
/// <param name="log">Standard error: standard output carries the protocol.</param>
internal sealed class CitationLanguageServer(StatuteTable table, Func<QuoteIndex> quoteIndex, Func<DateOnly> today, string? lang, TimeSpan debounce, TextWriter log)
{
    /// <summary>The custom request that serves a <c>citationlint:</c> document link's text (what <c>lookup</c> prints).</summary>
    public const string LookupMethod = "citationlint/lookup";

    /// <summary>The code action kind of "apply every fix".</summary>
    public const string FixAllKind = "source.fixAll.citationlint";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, OpenDocument> _documents = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource<bool> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private JsonRpc? _rpc;
    private OutputLanguage _language = OutputLanguage.Of(lang);
    private (DateOnly Day, CitationChecker Checker)? _checker;
    private bool _shutdown;

    /// <summary>How many checks ran (the debounce tests count them).</summary>
    public int Checks => Volatile.Read(ref _checks);

    private int _checks;

    /// <summary>The formatter of the protocol's JSON: System.Text.Json with the source-generated contracts (Native AOT).</summary>
    public static SystemTextJsonFormatter Formatter() => new()
    {
        // The generated contracts' own options (camelCase, as the protocol names things), and their resolver.
        JsonSerializerOptions = new JsonSerializerOptions(LspJson.Default.Options)
        {
            // Chinese as it is: six bytes of \uXXXX a character would triple a 50 KB article's messages.
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        },
    };

    /// <summary>Serves the protocol on <paramref name="output"/> and <paramref name="input"/> until exit (0 after shutdown, else 1).</summary>
    public async Task<int> RunAsync(Stream output, Stream input, CancellationToken cancellation)
    {
        using var rpc = Attach(new HeaderDelimitedMessageHandler(output, input, Formatter()));
        rpc.StartListening();
        using (cancellation.Register(() => _exit.TrySetResult(false)))
            await Task.WhenAny(rpc.Completion, _exit.Task).ConfigureAwait(false);
        lock (_gate)
        {
            foreach (var document in _documents.Values)
                document.Pending?.Cancel();
        }

        return _shutdown ? 0 : 1;
    }

    /// <summary>Attaches the server to a connection (the tests' in-memory one too); the caller starts listening.</summary>
    public JsonRpc Attach(IJsonRpcMessageHandler handler)
    {
        var rpc = new JsonRpc(handler)
        {
            // The protocol's notifications are ordered (didChange edits apply one on another): one at a time, in order.
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
        };
        rpc.AddLocalRpcTarget(this, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        _rpc = rpc;
        return rpc;
    }

    [JsonRpcMethod("initialize")]
    public InitializeResult Initialize(InitializeParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        // --lang first, then the editor's language (LSP's locale: zh-CN makes the messages Chinese), then the environment.
        _language = OutputLanguage.Of(lang ?? parameters.Locale);
        return new InitializeResult(
            new ServerCapabilities(
                "utf-16",
                new TextDocumentSyncOptions(OpenClose: true, Change: 2),
                HoverProvider: true,
                new CodeActionOptions(["quickfix", FixAllKind]),
                new DocumentLinkOptions(ResolveProvider: false)),
            new ServerInfo("citationlint", ToolVersion.Current));
    }

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        _shutdown = true;
        return null;
    }

    [JsonRpcMethod("exit")]
    public void Exit() => _exit.TrySetResult(true);

    [JsonRpcMethod("textDocument/didOpen")]
    public void DidOpen(DidOpenTextDocumentParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var item = parameters.TextDocument;
        lock (_gate)
        {
            if (_documents.Remove(item.Uri, out var old))
                old.Pending?.Cancel();
            _documents[item.Uri] = new OpenDocument(new EditorBuffer(item.Uri, item.LanguageId, item.Version, item.Text));
        }

        Schedule(item.Uri, TimeSpan.Zero);
    }

    [JsonRpcMethod("textDocument/didChange")]
    public void DidChange(DidChangeTextDocumentParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        lock (_gate)
        {
            if (!_documents.TryGetValue(parameters.TextDocument.Uri, out var document))
                return;
            document.Buffer.Apply(parameters.TextDocument.Version, parameters.ContentChanges);
        }

        Schedule(parameters.TextDocument.Uri, debounce);
    }

    [JsonRpcMethod("textDocument/didClose")]
    public async Task DidClose(DidCloseTextDocumentParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var uri = parameters.TextDocument.Uri;
        lock (_gate)
        {
            if (_documents.Remove(uri, out var document))
                document.Pending?.Cancel();
        }

        // The findings go with the document: an editor keeps the last ones published for a URI until told otherwise.
        await Publish(new PublishDiagnosticsParams(uri, null, [])).ConfigureAwait(false);
    }

    [JsonRpcMethod("textDocument/hover")]
    public Hover? Hover(TextDocumentPositionParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var check = Current(parameters.TextDocument.Uri);
        return check?.Hover(check.Buffer.OffsetOf(parameters.Position), table, today(), _language);
    }

    [JsonRpcMethod("textDocument/codeAction")]
    public IReadOnlyList<CodeAction> CodeAction(CodeActionParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var check = Current(parameters.TextDocument.Uri);
        if (check is null)
            return [];
        var range = parameters.Range;
        return check.CodeActions(check.Buffer.OffsetOf(range.Start), check.Buffer.OffsetOf(range.End), parameters.Context.Only, _language);
    }

    [JsonRpcMethod("textDocument/documentLink")]
    public IReadOnlyList<DocumentLink> DocumentLink(DocumentLinkParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return Current(parameters.TextDocument.Uri)?.Links(_language) ?? [];
    }

    [JsonRpcMethod(LookupMethod)]
    public string Lookup(LookupParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return LookupLink.Text(parameters.Uri, _language, today());
    }

    // The check of the text the editor holds now: the last one if the text has not changed since, else a new one (a
    // hover or code action right after a keystroke must not read positions in an older text).
    private EditorDocumentCheck? Current(string uri)
    {
        EditorBuffer snapshot;
        lock (_gate)
        {
            if (!_documents.TryGetValue(uri, out var document))
                return null;
            if (document.Checked is { } last && last.Buffer.Version == document.Buffer.Version && last.Buffer.Text == document.Buffer.Text)
                return last;
            snapshot = document.Buffer.Snapshot();
        }

        return Check(snapshot);
    }

    private void Schedule(string uri, TimeSpan delay)
    {
        CancellationToken cancellation;
        lock (_gate)
        {
            if (!_documents.TryGetValue(uri, out var document))
                return;
            document.Pending?.Cancel();
            document.Pending = new CancellationTokenSource();
            cancellation = document.Pending.Token;
        }

        // On the thread pool: the protocol's dispatch context takes one message at a time, and a check must not hold it.
        _ = Task.Run(() => CheckAndPublishAsync(uri, delay, cancellation), CancellationToken.None);
    }

    private async Task CheckAndPublishAsync(string uri, TimeSpan delay, CancellationToken cancellation)
    {
        try
        {
            if (delay > TimeSpan.Zero)
                await Task.Delay(delay, cancellation).ConfigureAwait(false);
            EditorBuffer snapshot;
            lock (_gate)
            {
                if (cancellation.IsCancellationRequested || !_documents.TryGetValue(uri, out var document))
                    return;
                snapshot = document.Buffer.Snapshot();
            }

            var check = Check(snapshot);
            lock (_gate)
            {
                // A change since (its own check is on its way) or a close: these findings are stale.
                if (cancellation.IsCancellationRequested || !_documents.TryGetValue(uri, out var document))
                    return;
                document.Checked = check;
            }

            await Publish(new PublishDiagnosticsParams(uri, snapshot.Version, check.Diagnostics())).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Design §9: a document the pipeline fails on is logged, and the server goes on serving the others.
            await log.WriteLineAsync($"citationlint lsp: error: {uri}: {e}").ConfigureAwait(false);
        }
    }

    private EditorDocumentCheck Check(EditorBuffer snapshot)
    {
        var day = today();
        CitationChecker checker;
        lock (_gate)
        {
            if (_checker is not { } cached || cached.Day != day)
                _checker = cached = (day, new CitationChecker(table, quoteIndex, day, _language.Culture));
            checker = cached.Checker;
        }

        Interlocked.Increment(ref _checks);
        return EditorDocumentCheck.Run(snapshot, checker);
    }

    private async Task Publish(PublishDiagnosticsParams parameters)
    {
        if (_rpc is { IsDisposed: false } rpc)
        {
            try
            {
                await rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", parameters).ConfigureAwait(false);
            }
            catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException)
            {
                // The client is gone: nobody is left to tell.
            }
        }
    }

    private sealed class OpenDocument(EditorBuffer buffer)
    {
        public EditorBuffer Buffer { get; } = buffer;

        public CancellationTokenSource? Pending { get; set; }

        public EditorDocumentCheck? Checked { get; set; }
    }
}
