using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Resources;
using System.Text.Encodings.Web;
using System.Text.Json;
using CitationLint.Documents;
using CitationLint.Rules;

namespace CitationLint.Output;

/// <summary>
/// Writes a <see cref="CheckReport"/> as SARIF 2.1.0: the rules, the results with locations, and fixes. Files under
/// the source root are URIs relative to <c>%SRCROOT%</c> (given in <c>originalUriBaseIds</c>, as code scanning and
/// the SARIF Multitool want); files outside it are absolute <c>file://</c> URIs.
/// </summary>
public static class SarifReportFormatter
{
    /// <summary>The <c>uriBaseId</c> of the source root, the one SARIF consumers such as GitHub code scanning know.</summary>
    public const string SourceRootId = "%SRCROOT%";

    private const string InformationUri = "https://github.com/citationlint/citationlint";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly ResourceManager Texts = new("CitationLint.Output.ReportResources", typeof(SarifReportFormatter).Assembly);

    /// <summary>Writes the report.</summary>
    /// <param name="report">The run.</param>
    /// <param name="output">Where the SARIF goes (UTF-8).</param>
    /// <param name="sourceRoot">
    /// The absolute folder URIs are relative to (the current directory for the CLI, the project's folder for the
    /// MSBuild task); relative document paths are taken as relative to it too.
    /// </param>
    /// <param name="culture">
    /// The run's language (English by default): the rules' descriptions, help and fix texts; the results' messages are
    /// the diagnostics' own. IDs, levels and locations are the same in every language.
    /// </param>
    public static void Write(CheckReport report, Stream output, string sourceRoot, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        Write(report.ToolVersion, report.Files.Select(FileReport.Of), output, sourceRoot, culture);
    }

    /// <summary>Writes the reports of a run's files, in path order, as one SARIF run of CitationLint <paramref name="toolVersion"/>.</summary>
    public static void Write(string toolVersion, IEnumerable<FileReport> files, Stream output, string sourceRoot, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(toolVersion);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(sourceRoot);
        if (!Path.IsPathRooted(sourceRoot))
            throw new ArgumentException("The source root must be an absolute path.", nameof(sourceRoot));
        var root = new SourceRoot(Path.GetFullPath(sourceRoot));
        culture ??= CultureInfo.InvariantCulture;
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "citationlint");
        json.WriteString("version", toolVersion);
        json.WriteString("semanticVersion", toolVersion);
        json.WriteString("informationUri", InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in RuleCatalog.All)
            WriteRule(json, rule, culture);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SourceRootId);
        json.WriteString("uri", root.Uri);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("results");
        foreach (var file in files)
        {
            foreach (var diagnostic in file.Diagnostics)
                WriteResult(json, root, file.Path, diagnostic, culture);
        }

        json.WriteEndArray();
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, RuleDescriptor rule, CultureInfo culture)
    {
        var helpLink = rule.HelpLinkIn(culture);
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", PascalCase(rule.Name));
        json.WriteStartObject("shortDescription");
        json.WriteString("text", Sentence(rule.TitleIn(culture), culture));
        json.WriteEndObject();
        json.WriteStartObject("fullDescription");
        json.WriteString("text", rule.DescriptionIn(culture));
        json.WriteEndObject();
        json.WriteString("helpUri", InformationUri + "/blob/main/" + helpLink);
        json.WriteStartObject("help");
        json.WriteString("text", Text("SarifHelp", culture, helpLink));
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

    private static void WriteResult(Utf8JsonWriter json, SourceRoot root, string path, ReportedDiagnostic diagnostic, CultureInfo culture)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        json.WriteNumber("ruleIndex", IndexOf(diagnostic.Id));
        json.WriteString("level", Level(diagnostic.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", Sentence(diagnostic.Message, culture));
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifact(json, root, path);
        WriteRegion(json, "region", diagnostic.Span);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        if (diagnostic.Fix is { } fix)
        {
            json.WriteStartArray("fixes");
            json.WriteStartObject();
            json.WriteStartObject("description");
            json.WriteString("text", Text("SarifFix", culture, fix.Replacement));
            json.WriteEndObject();
            json.WriteStartArray("artifactChanges");
            json.WriteStartObject();
            WriteArtifact(json, root, path);
            json.WriteStartArray("replacements");
            json.WriteStartObject();
            WriteRegion(json, "deletedRegion", fix.Span);
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

    private static void WriteArtifact(Utf8JsonWriter json, SourceRoot root, string path)
    {
        json.WriteStartObject("artifactLocation");
        if (root.TryRelativeUri(path, out var relative))
        {
            json.WriteString("uri", relative);
            json.WriteString("uriBaseId", SourceRootId);
        }
        else
        {
            json.WriteString("uri", root.AbsoluteUri(path));
        }

        json.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter json, string name, ReportedSpan span)
    {
        json.WriteStartObject(name);
        json.WriteNumber("startLine", span.Start.Line);
        json.WriteNumber("startColumn", span.Start.Column);
        json.WriteNumber("endLine", span.End.Line);
        json.WriteNumber("endColumn", span.End.Column);
        json.WriteNumber("charOffset", span.Offset);
        json.WriteNumber("charLength", span.Length);
        json.WriteEndObject();
    }

    private static int IndexOf(string id)
    {
        for (var i = 0; i < RuleCatalog.All.Count; i++)
        {
            if (RuleCatalog.All[i].Id == id)
                return i;
        }

        return -1;
    }

    private static string Text(string key, CultureInfo culture, object argument) =>
        string.Format(culture, MessageLanguage.Text(Texts, key, culture), argument);

    // A message as a sentence, as SARIF asks: ending in a full stop, or the question mark it has; in Chinese 。 or ？.
    private static string Sentence(string text, CultureInfo culture)
    {
        var question = text.EndsWith('?') || text.EndsWith('？');
        return MessageLanguage.IsChinese(culture)
            ? text.TrimEnd('.', '?', '。', '？') + (question ? "？" : "。")
            : text.TrimEnd('.', '?') + (question ? "?" : ".");
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

    // The folder that relative URIs start from, and the URIs of paths: percent-encoded UTF-8 segments (RFC 3986;
    // article file names are Chinese and may hold spaces, # or %), with "/" between them whatever the OS.
    private sealed class SourceRoot(string folder)
    {
        private static readonly StringComparison PathComparison =
            Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

        private readonly string _folder = folder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;

        public string Uri => FileUri(_folder);

        // The path relative to the root, when it lies under it; a relative document path is relative to the root.
        public bool TryRelativeUri(string path, [NotNullWhen(true)] out string? uri)
        {
            var full = FullPath(path);
            uri = full.StartsWith(_folder, PathComparison) ? Escape(full[_folder.Length..]) : null;
            return uri is not null;
        }

        public string AbsoluteUri(string path) => FileUri(FullPath(path));

        private string FullPath(string path) => Path.GetFullPath(Path.Combine(_folder, path));

        // file:///home/a/, file:///C:/a/, file://server/share/a/
        private static string FileUri(string fullPath)
        {
            var path = fullPath.Replace(Path.DirectorySeparatorChar, '/');
            if (path.StartsWith("//", StringComparison.Ordinal))
                return "file:" + Escape(path);
            if (path.Length >= 2 && path[1] == ':') // a Windows drive: its colon stays as it is
                return "file:///" + path[..2] + Escape(path[2..]);
            return "file://" + Escape(path);
        }

        private static string Escape(string path) =>
            string.Join("/", path.Replace(Path.DirectorySeparatorChar, '/').Split('/').Select(System.Uri.EscapeDataString));
    }
}
