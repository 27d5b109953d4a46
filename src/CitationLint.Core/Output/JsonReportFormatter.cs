using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CitationLint.Analysis;
using CitationLint.Rules;

namespace CitationLint.Output;

/// <summary>Writes a <see cref="CheckReport"/> as the JSON object of design §7 (contract).</summary>
public static class JsonReportFormatter
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Compact, as design §7 writes it: indentation made the statute corpus's report 42 MB instead of 25 MB, and
        // writing it a tenth of the run (pipe it through jq to read it).
        Indented = false,
        // Chinese stays readable; the output is data, never embedded in HTML unescaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // Property names encoded once: a name written as a string is checked for escaping and transcoded at every use
    // (a quarter of the JSON writer's time on a corpus of statute texts).
    private static readonly JsonEncodedText NamePath = JsonEncodedText.Encode("path");
    private static readonly JsonEncodedText NameCitations = JsonEncodedText.Encode("citations");
    private static readonly JsonEncodedText NameText = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText NameLine = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText NameColumn = JsonEncodedText.Encode("column");
    private static readonly JsonEncodedText NameEndLine = JsonEncodedText.Encode("endLine");
    private static readonly JsonEncodedText NameEndColumn = JsonEncodedText.Encode("endColumn");
    private static readonly JsonEncodedText NameLaw = JsonEncodedText.Encode("law");
    private static readonly JsonEncodedText NameVersion = JsonEncodedText.Encode("version");
    private static readonly JsonEncodedText NameArticle = JsonEncodedText.Encode("article");
    private static readonly JsonEncodedText NameThrough = JsonEncodedText.Encode("through");
    private static readonly JsonEncodedText NameParagraph = JsonEncodedText.Encode("paragraph");
    private static readonly JsonEncodedText NameItem = JsonEncodedText.Encode("item");
    private static readonly JsonEncodedText NameQuote = JsonEncodedText.Encode("quote");
    private static readonly JsonEncodedText NameDiagnostics = JsonEncodedText.Encode("diagnostics");
    private static readonly JsonEncodedText NameId = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText NameSeverity = JsonEncodedText.Encode("severity");
    private static readonly JsonEncodedText NameMessage = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText NameFix = JsonEncodedText.Encode("fix");
    private static readonly JsonEncodedText NameReplacement = JsonEncodedText.Encode("replacement");
    private static readonly JsonEncodedText NameEvidence = JsonEncodedText.Encode("evidence");
    private static readonly JsonEncodedText NameKind = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText NameScore = JsonEncodedText.Encode("score");

    /// <summary>Writes the report as UTF-8 JSON.</summary>
    public static void Write(CheckReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        report.WriteTo(new Writer(output, report.ToolVersion, report.AsOf));
    }

    /// <summary>
    /// The same JSON written one document at a time, as a run checks them: the run need not keep every document's
    /// analysis to the end. Disposing it closes the object.
    /// </summary>
    public sealed class Writer : IReportWriter
    {
        private readonly Utf8JsonWriter _json;
        private readonly EncodedValues _encoded = new();

        /// <summary>Starts the object: tool, asOf, and the files array.</summary>
        public Writer(Stream output, string toolVersion, DateOnly asOf)
        {
            _json = new Utf8JsonWriter(output, Options);
            _json.WriteStartObject();
            _json.WriteStartObject("tool");
            _json.WriteString("name", "citationlint");
            _json.WriteString("version", toolVersion);
            _json.WriteEndObject();
            _json.WriteString("asOf", asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            _json.WriteStartArray("files");
        }

        /// <inheritdoc/>
        public void Add(CheckedDocument file) => Add(FileReport.Of(file));

        /// <inheritdoc/>
        public void Add(FileReport file)
        {
            ArgumentNullException.ThrowIfNull(file);
            WriteFile(_json, file, _encoded);
            if (_json.BytesPending > 1 << 16)
                _json.Flush();
        }

        /// <summary>Closes the files array and the object.</summary>
        public void Dispose()
        {
            _json.WriteEndArray();
            _json.WriteEndObject();
            _json.Dispose();
        }
    }

    /// <summary>
    /// JSON Lines (design §7, <c>--format jsonl</c>): the same file objects as <see cref="Writer"/>'s, one per line, each
    /// flushed as it is written, so a consumer (or a merge of shards) reads files as they finish.
    /// </summary>
    public sealed class LinesWriter(Stream output) : IReportWriter
    {
        private readonly Utf8JsonWriter _json = new(output, Options);
        private readonly EncodedValues _encoded = new();

        /// <inheritdoc/>
        public void Add(CheckedDocument file) => Add(FileReport.Of(file));

        /// <inheritdoc/>
        public void Add(FileReport file)
        {
            ArgumentNullException.ThrowIfNull(file);
            WriteFile(_json, file, _encoded);
            _json.Flush();
            _json.Reset();
            output.WriteByte((byte)'\n');
            output.Flush();
        }

        /// <summary>Flushes what is left.</summary>
        public void Dispose()
        {
            _json.Dispose();
            output.Flush();
        }
    }

    // Written with the entry before it: the rest of a range, or another 项 of one 第（三）、（五）项 (same text, same article).
    internal static bool IsWrittenWith(ArticleReference previous, ArticleReference reference) =>
        ReferenceEquals(previous.Citation, reference.Citation)
        && (reference.InRange || (reference.Span == previous.Span && reference.Article == previous.Article && reference.Article is not null));

    // A range (第七十三条至第八十条) is one citation as written: one entry, its first article "through" its last (the index
    // of the reference that ends the range starting at r; r itself for one article).
    internal static int LastOfRange(IReadOnlyList<ArticleReference> references, int r)
    {
        var last = r;
        while (last + 1 < references.Count && references[last + 1].InRange && ReferenceEquals(references[last + 1].Citation, references[r].Citation))
            last++;
        return last;
    }

    private static void WriteFile(Utf8JsonWriter json, FileReport file, EncodedValues encoded)
    {
        json.WriteStartObject();
        json.WriteString(NamePath, file.Path);
        json.WriteStartArray(NameCitations);
        foreach (var citation in file.Citations)
        {
            json.WriteStartObject();
            json.WriteString(NameText, citation.Text);
            WritePlace(json, citation.Start, citation.End);
            WriteEncodedOrNull(json, NameLaw, citation.Law is { } law ? encoded.Of(law) : null);
            WriteEncodedOrNull(json, NameVersion, citation.Version is { } version ? encoded.Of(version) : null);
            WriteStringOrNull(json, NameArticle, citation.Article);
            if (citation.IsRange)
                WriteStringOrNull(json, NameThrough, citation.Through);
            WriteNumberOrNull(json, NameParagraph, citation.Paragraph);
            WriteNumberOrNull(json, NameItem, citation.Item);
            WriteStringOrNull(json, NameQuote, citation.Quote);
            // What the citation's version and number were judged by (design §7): optional, added where words decided them.
            if (citation.Evidence is { } evidence)
            {
                json.WriteStartObject(NameEvidence);
                json.WriteString(NameKind, evidence.Kind);
                json.WriteString(NameVersion, encoded.Of(evidence.Version));
                json.WriteString(NameArticle, evidence.Article);
                json.WriteNumber(NameScore, evidence.Score);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray(NameDiagnostics);
        foreach (var diagnostic in file.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString(NameId, diagnostic.Id);
            json.WriteString(NameSeverity, SeverityName(diagnostic.Severity));
            json.WriteString(NameMessage, diagnostic.Message);
            WritePlace(json, diagnostic.Span.Start, diagnostic.Span.End);
            if (diagnostic.Fix is { } fix)
            {
                json.WriteStartObject(NameFix);
                json.WriteString(NameReplacement, fix.Replacement);
                WritePlace(json, fix.Span.Start, fix.Span.End);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull(NameFix);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WritePlace(Utf8JsonWriter json, Documents.LinePosition start, Documents.LinePosition end)
    {
        json.WriteNumber(NameLine, start.Line);
        json.WriteNumber(NameColumn, start.Column);
        json.WriteNumber(NameEndLine, end.Line);
        json.WriteNumber(NameEndColumn, end.Column);
    }

    /// <summary>What evidence is, as <c>evidence.kind</c> gives it: quote, implicit, paraphrase or document.</summary>
    public static string EvidenceKindName(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Quote => "quote",
        EvidenceKind.Implicit => "implicit",
        EvidenceKind.Paraphrase => "paraphrase",
        _ => "document",
    };

    /// <summary>error, warning, suggestion, silent, none.</summary>
    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Suggestion => "suggestion",
        DiagnosticSeverity.Silent => "silent",
        DiagnosticSeverity.None => "none",
        _ => severity.ToString().ToLowerInvariant(),
    };

    private static void WriteStringOrNull(Utf8JsonWriter json, JsonEncodedText name, string? value)
    {
        if (value is null)
            json.WriteNull(name);
        else
            json.WriteString(name, value);
    }

    private static void WriteEncodedOrNull(Utf8JsonWriter json, JsonEncodedText name, JsonEncodedText? value)
    {
        if (value is null)
            json.WriteNull(name);
        else
            json.WriteString(name, value.Value);
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, JsonEncodedText name, int? value)
    {
        if (value is null)
            json.WriteNull(name);
        else
            json.WriteNumber(name, value.Value);
    }

    // Laws' titles and versions' dates, written with every citation, encoded once per report (a few thousand of each).
    // A report is written by one thread at a time.
    private sealed class EncodedValues
    {
        private readonly Dictionary<string, JsonEncodedText> _values = new(StringComparer.Ordinal);

        public JsonEncodedText Of(string value)
        {
            if (!_values.TryGetValue(value, out var encoded))
                _values.Add(value, encoded = JsonEncodedText.Encode(value, Options.Encoder));
            return encoded;
        }
    }
}
