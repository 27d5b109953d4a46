using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CitationLint.Analysis;

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
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteString("name", "citationlint");
        json.WriteString("version", report.ToolVersion);
        json.WriteEndObject();
        json.WriteString("asOf", report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteStartArray("files");
        foreach (var file in report.Files)
            WriteFile(json, file);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFile(Utf8JsonWriter json, AnalyzedDocument file)
    {
        var document = file.Document;
        json.WriteStartObject();
        json.WriteString("path", document.Path);
        json.WriteStartArray("citations");
        foreach (var reference in file.References)
        {
            var start = document.GetPosition(reference.Span.Start);
            var end = document.GetPosition(reference.Span.End);
            json.WriteStartObject();
            json.WriteString("text", document.GetText(reference.Span));
            json.WriteNumber("line", start.Line);
            json.WriteNumber("column", start.Column);
            json.WriteNumber("endLine", end.Line);
            json.WriteNumber("endColumn", end.Column);
            WriteStringOrNull(json, "law", reference.Statute?.Title);
            WriteStringOrNull(json, "version", reference.Version?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            WriteStringOrNull(json, "article", reference.Article?.ToString());
            WriteNumberOrNull(json, "paragraph", reference.Paragraph);
            WriteNumberOrNull(json, "item", reference.Item);
            WriteStringOrNull(json, "quote", reference.Quote?.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("diagnostics");
        json.WriteEndArray();
        json.WriteEndObject();
    }

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
