using System.Text.Json;
using System.Text.Json.Serialization;

namespace CitationLint.Cli.Lsp.Protocol;

// The part of the Language Server Protocol (3.17) that `citationlint lsp` speaks, typed: no maintained package of LSP
// types is served for .NET here, and the server needs only these. Names and shapes are the specification's; fields
// the server never reads are left out (System.Text.Json skips what a type does not declare). Positions are 0-based
// lines and UTF-16 code units, the protocol's default encoding and the one the server announces.

/// <summary>A place in a text document: 0-based line, and character offset in UTF-16 code units.</summary>
internal sealed record Position(int Line, int Character);

/// <summary>A span of a text document, end exclusive.</summary>
internal sealed record Range(Position Start, Position End);

/// <summary>initialize's parameters.</summary>
internal sealed record InitializeParams
{
    /// <summary>The client's UI language (LSP 3.16), as an IETF tag: zh-CN makes the messages Chinese.</summary>
    public string? Locale { get; init; }

    public int? ProcessId { get; init; }

    public ClientInfo? ClientInfo { get; init; }
}

internal sealed record ClientInfo(string Name, string? Version);

internal sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

internal sealed record ServerInfo(string Name, string Version);

internal sealed record ServerCapabilities(
    string PositionEncoding,
    TextDocumentSyncOptions TextDocumentSync,
    bool HoverProvider,
    CodeActionOptions CodeActionProvider,
    DocumentLinkOptions DocumentLinkProvider);

/// <summary>How documents are synced: <see cref="Change"/> 1 is full text, 2 incremental.</summary>
internal sealed record TextDocumentSyncOptions(bool OpenClose, int Change);

internal sealed record CodeActionOptions(IReadOnlyList<string> CodeActionKinds);

internal sealed record DocumentLinkOptions(bool ResolveProvider);

internal sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

internal sealed record TextDocumentIdentifier(string Uri);

internal sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

internal sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

/// <summary>One change: the whole text when <see cref="Range"/> is absent, else the text that replaces the range.</summary>
internal sealed record TextDocumentContentChangeEvent(Range? Range, string Text);

internal sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);

internal sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

internal sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

/// <summary>A diagnostic; <see cref="Severity"/> 1 error, 2 warning, 3 information, 4 hint.</summary>
internal sealed record LspDiagnostic(Range Range, int Severity, string Code, string Source, string Message);

internal sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<LspDiagnostic> Diagnostics);

internal sealed record MarkupContent(string Kind, string Value);

internal sealed record Hover(MarkupContent Contents, Range Range);

internal sealed record CodeActionContext(IReadOnlyList<LspDiagnostic> Diagnostics, IReadOnlyList<string>? Only);

internal sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

internal sealed record TextEdit(Range Range, string NewText);

internal sealed record WorkspaceEdit(IReadOnlyDictionary<string, IReadOnlyList<TextEdit>> Changes);

internal sealed record CodeAction(string Title, string Kind, IReadOnlyList<LspDiagnostic> Diagnostics, bool IsPreferred, WorkspaceEdit Edit);

internal sealed record DocumentLinkParams(TextDocumentIdentifier TextDocument);

internal sealed record DocumentLink(Range Range, string Target, string Tooltip);

/// <summary>citationlint/lookup's parameters: a <c>citationlint:</c> URI from a document link.</summary>
internal sealed record LookupParams(string Uri);

/// <summary>The protocol's JSON, generated at build time: no reflection, so the native build serves it too.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(InitializeParams))]
[JsonSerializable(typeof(InitializeResult))]
[JsonSerializable(typeof(DidOpenTextDocumentParams))]
[JsonSerializable(typeof(DidChangeTextDocumentParams))]
[JsonSerializable(typeof(DidCloseTextDocumentParams))]
[JsonSerializable(typeof(TextDocumentPositionParams))]
[JsonSerializable(typeof(PublishDiagnosticsParams))]
[JsonSerializable(typeof(Hover))]
[JsonSerializable(typeof(CodeActionParams))]
[JsonSerializable(typeof(IReadOnlyList<CodeAction>))]
[JsonSerializable(typeof(DocumentLinkParams))]
[JsonSerializable(typeof(IReadOnlyList<DocumentLink>))]
[JsonSerializable(typeof(LookupParams))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(object))]
internal sealed partial class LspJson : JsonSerializerContext;
