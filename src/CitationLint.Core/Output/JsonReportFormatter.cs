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
        Indented = true,
        // Chinese stays readable; the output is data, never embedded in HTML unescaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

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
        public void Add(CheckedDocument file)
        {
            ArgumentNullException.ThrowIfNull(file);
            WriteFile(_json, file);
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

    // Written with the entry before it: the rest of a range, or another 项 of one 第（三）、（五）项 (same text, same article).
    internal static bool IsWrittenWith(ArticleReference previous, ArticleReference reference) =>
        ReferenceEquals(previous.Citation, reference.Citation)
        && (reference.InRange || (reference.Span == previous.Span && reference.Article == previous.Article && reference.Article is not null));

    // What the citation's version and number were judged by (design §7): optional, added where words decided them.
    private static void WriteEvidence(Utf8JsonWriter json, EvidenceFinding evidence)
    {
        json.WriteStartObject("evidence");
        json.WriteString("kind", evidence.Evidence.Kind switch
        {
            EvidenceKind.Quote => "quote",
            EvidenceKind.Implicit => "implicit",
            EvidenceKind.Paraphrase => "paraphrase",
            _ => "document",
        });
        json.WriteString("version", evidence.Version.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("article", evidence.Article.ToString());
        json.WriteNumber("score", Math.Round(evidence.Score, 2));
        json.WriteEndObject();
    }

    private static void WriteFile(Utf8JsonWriter json, CheckedDocument file)
    {
        var document = file.Analysis.Document;
        json.WriteStartObject();
        json.WriteString("path", document.Path);
        json.WriteStartArray("citations");
        var references = file.Analysis.References;
        for (var r = 0; r < references.Count; r++)
        {
            var reference = references[r];
            if (r > 0 && IsWrittenWith(references[r - 1], reference))
                continue;

            // A range (第七十三条至第八十条) is one citation as written: one entry, its first article "through" its last.
            var last = r;
            while (last + 1 < references.Count && references[last + 1].InRange && ReferenceEquals(references[last + 1].Citation, reference.Citation))
                last++;
            var start = document.GetPosition(reference.Span.Start);
            var end = document.GetPosition(Math.Max(reference.Span.End, references[last].Span.End));
            json.WriteStartObject();
            json.WriteString("text", document.Text.AsSpan(reference.Span.Start, reference.Span.Length));
            json.WriteNumber("line", start.Line);
            json.WriteNumber("column", start.Column);
            json.WriteNumber("endLine", end.Line);
            json.WriteNumber("endColumn", end.Column);
            WriteStringOrNull(json, "law", reference.Statute?.Title);
            WriteStringOrNull(json, "version", reference.Version?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            WriteStringOrNull(json, "article", reference.Article?.ToString());
            if (last > r)
                WriteStringOrNull(json, "through", references[last].Article?.ToString());
            WriteNumberOrNull(json, "paragraph", reference.Paragraph);
            WriteNumberOrNull(json, "item", reference.Item);
            WriteStringOrNull(json, "quote", reference.Quote?.Text);
            if (file.Checks is { } checks && r < checks.Count && checks[r].Evidence is { } evidence)
                WriteEvidence(json, evidence);
            json.WriteEndObject();
            r = last;
        }

        json.WriteEndArray();
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in file.Diagnostics)
        {
            var start = document.GetPosition(diagnostic.Span.Start);
            var end = document.GetPosition(diagnostic.Span.End);
            json.WriteStartObject();
            json.WriteString("id", diagnostic.Id);
            json.WriteString("severity", SeverityName(diagnostic.Severity));
            json.WriteString("message", diagnostic.Message);
            json.WriteNumber("line", start.Line);
            json.WriteNumber("column", start.Column);
            json.WriteNumber("endLine", end.Line);
            json.WriteNumber("endColumn", end.Column);
            if (diagnostic.Fix is { } fix)
            {
                var fixStart = document.GetPosition(fix.Span.Start);
                var fixEnd = document.GetPosition(fix.Span.End);
                json.WriteStartObject("fix");
                json.WriteString("replacement", fix.Replacement);
                json.WriteNumber("line", fixStart.Line);
                json.WriteNumber("column", fixStart.Column);
                json.WriteNumber("endLine", fixEnd.Line);
                json.WriteNumber("endColumn", fixEnd.Column);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("fix");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

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

    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
            json.WriteNull(name);
        else
            json.WriteString(name, value);
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, int? value)
    {
        if (value is null)
            json.WriteNull(name);
        else
            json.WriteNumber(name, value.Value);
    }
}
