using System.Text.Encodings.Web;
using System.Text.Json;
using CitationLint.Documents;
using CitationLint.Rules;

namespace CitationLint.Output;

/// <summary>Writes a <see cref="CheckReport"/> as SARIF 2.1.0: the rules, the results with locations, and fixes.</summary>
public static class SarifReportFormatter
{
    private const string InformationUri = "https://github.com/citationlint/citationlint";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the report.</summary>
    public static void Write(CheckReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "citationlint");
        json.WriteString("version", report.ToolVersion);
        json.WriteString("semanticVersion", report.ToolVersion);
        json.WriteString("informationUri", InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in RuleCatalog.All)
            WriteRule(json, rule);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("results");
        foreach (var file in report.Files)
        {
            foreach (var diagnostic in file.Diagnostics)
                WriteResult(json, file.Analysis.Document, diagnostic);
        }

        json.WriteEndArray();
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, RuleDescriptor rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", PascalCase(rule.Name));
        json.WriteStartObject("shortDescription");
        json.WriteString("text", rule.Title + ".");
        json.WriteEndObject();
        json.WriteStartObject("fullDescription");
        json.WriteString("text", rule.Description);
        json.WriteEndObject();
        json.WriteString("helpUri", InformationUri + "/blob/main/" + rule.HelpLink);
        json.WriteStartObject("help");
        json.WriteString("text", $"See {rule.HelpLink}.");
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.DefaultSeverity));
        json.WriteBoolean("enabled", rule.DefaultSeverity != DiagnosticSeverity.None);
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("category", rule.Category);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, SourceDocument document, Diagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        json.WriteNumber("ruleIndex", IndexOf(diagnostic.Descriptor));
        json.WriteString("level", Level(diagnostic.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.Message.TrimEnd('.', '?') + (diagnostic.Message.EndsWith('?') ? "?" : "."));
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifact(json, document);
        WriteRegion(json, "region", document, diagnostic.Span);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        if (diagnostic.Fix is { } fix)
        {
            json.WriteStartArray("fixes");
            json.WriteStartObject();
            json.WriteStartObject("description");
            json.WriteString("text", $"Replace with {fix.Replacement}.");
            json.WriteEndObject();
            json.WriteStartArray("artifactChanges");
            json.WriteStartObject();
            WriteArtifact(json, document);
            json.WriteStartArray("replacements");
            json.WriteStartObject();
            WriteRegion(json, "deletedRegion", document, fix.Span);
            json.WriteStartObject("insertedContent");
            json.WriteString("text", fix.Replacement);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteArtifact(Utf8JsonWriter json, SourceDocument document)
    {
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri(document.Path));
        json.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter json, string name, SourceDocument document, Syntax.TextSpan span)
    {
        var start = document.GetPosition(span.Start);
        var end = document.GetPosition(span.End);
        json.WriteStartObject(name);
        json.WriteNumber("startLine", start.Line);
        json.WriteNumber("startColumn", start.Column);
        json.WriteNumber("endLine", end.Line);
        json.WriteNumber("endColumn", end.Column);
        json.WriteNumber("charOffset", span.Start);
        json.WriteNumber("charLength", span.Length);
        json.WriteEndObject();
    }

    // A relative URI reference, percent-encoded (SARIF wants URIs; paths may hold Chinese and spaces).
    private static string Uri(string path)
    {
        var segments = path.Replace('\\', '/').Split('/');
        return string.Join("/", segments.Select(s => s is "." or ".." ? s : System.Uri.EscapeDataString(s)));
    }

    private static int IndexOf(RuleDescriptor descriptor)
    {
        for (var i = 0; i < RuleCatalog.All.Count; i++)
        {
            if (RuleCatalog.All[i].Id == descriptor.Id)
                return i;
        }

        return -1;
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Suggestion => "note",
        _ => "none",
    };

    private static string PascalCase(string name) =>
        string.Concat(name.Split('-').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}
