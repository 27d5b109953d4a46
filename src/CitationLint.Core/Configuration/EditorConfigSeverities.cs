using System.Collections.Concurrent;
using System.Collections.Immutable;
using CitationLint.Rules;
using Microsoft.CodeAnalysis;
using DiagnosticSeverity = CitationLint.Rules.DiagnosticSeverity;

namespace CitationLint.Configuration;

/// <summary>
/// Rule severities from .editorconfig files, read with Roslyn's own AnalyzerConfig semantics (design §8):
/// <c>dotnet_diagnostic.CL0004.severity = error</c> in per-glob sections, files found from the document's folder
/// upwards until one says <c>root = true</c>, nearer files winning.
/// </summary>
public sealed class EditorConfigSeverities
{
    private readonly ConcurrentDictionary<string, AnalyzerConfigSet?> _sets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _checked = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, EditorConfigFile> _files = new(StringComparer.Ordinal);

    /// <summary>
    /// The severities for one file: its .editorconfig sections are matched once, however many diagnostics it has.
    /// </summary>
    public FileSeverities ForFile(string path)
    {
        var fullPath = Path.GetFullPath(path);
        var set = _sets.GetOrAdd(Path.GetDirectoryName(fullPath)!, Load);
        return new FileSeverities(set?.GetOptionsForSourcePath(fullPath).TreeOptions);
    }

    /// <summary>The rule severities configured for one file.</summary>
    public readonly struct FileSeverities
    {
        private readonly ImmutableDictionary<string, ReportDiagnostic>? _configured;

        internal FileSeverities(ImmutableDictionary<string, ReportDiagnostic>? configured) => _configured = configured;

        /// <summary>The severity of <paramref name="descriptor"/>: as configured, else its default.</summary>
        public DiagnosticSeverity SeverityFor(RuleDescriptor descriptor)
        {
            ArgumentNullException.ThrowIfNull(descriptor);
            return _configured is not null && _configured.TryGetValue(descriptor.Id, out var report)
                ? Map(report, descriptor.DefaultSeverity)
                : descriptor.DefaultSeverity;
        }
    }

    /// <summary>Problems found while reading the files (a file that cannot be read), with its path.</summary>
    public ConcurrentBag<string> Problems { get; } = [];

    /// <summary>
    /// Settings that are ignored, each naming its file and line: a severity that is not one (= bogus), a rule ID that
    /// is not CitationLint's. Reported as warnings: the run goes on with the rule's default.
    /// </summary>
    public ConcurrentBag<ConfigurationWarning> Warnings { get; } = [];

    private static readonly string[] SeverityNames = ["error", "warning", "suggestion", "silent", "none", "default"];

    // Bounds on one .editorconfig (a hand-written one has a few dozen sections). Measured on a 20-file check: 1,000
    // sections add 0.3 s, 10,000 add 4.5 s and 250,000 never finish; a file over the size is not read at all.
    private const int MaxEditorConfigSections = 1000;
    private const long MaxEditorConfigBytes = 1 << 20;

    private void Warn(string file, int line, string message)
    {
        if (_checked.TryAdd(file, 0))
            Warnings.Add(new ConfigurationWarning(file, line, message));
    }

    private static int SectionCount(string text)
    {
        var sections = 0;
        var atLineStart = true;
        foreach (var c in text)
        {
            if (atLineStart && c == '[')
                sections++;
            atLineStart = c == '\n' || (atLineStart && c is ' ' or '\t');
        }

        return sections;
    }

    private AnalyzerConfigSet? Load(string folder)
    {
        var configs = ImmutableArray.CreateBuilder<AnalyzerConfig>();
        for (var directory = new DirectoryInfo(folder); directory is not null; directory = directory.Parent)
        {
            var file = Path.Combine(directory.FullName, ".editorconfig");
            if (!File.Exists(file))
                continue;
            var read = _files.GetOrAdd(file, ReadOnce);
            if (read.Config is { } config)
                configs.Add(config);
            if (read.IsRoot)
                break;
        }

        return configs.Count == 0 ? null : AnalyzerConfigSet.Create(configs.ToImmutable());
    }

    // One .editorconfig, read, bounded, checked and parsed once per run, however many folders below it have documents.
    private EditorConfigFile ReadOnce(string file)
    {
        try
        {
            if (new FileInfo(file).Length > MaxEditorConfigBytes)
            {
                Warn(file, 1, $"larger than {MaxEditorConfigBytes >> 20} MB; ignored");
                return new EditorConfigFile(null, IsRoot: false);
            }

            var text = File.ReadAllText(file);
            if (SectionCount(text) is var sections and > MaxEditorConfigSections)
            {
                Warn(file, 1, $"{sections:N0} sections, more than {MaxEditorConfigSections:N0}; ignored (matching each file against them all would take seconds per file)");
                return new EditorConfigFile(null, IsRoot: false);
            }

            var config = Readable(file, text);
            if (_checked.TryAdd(file, 0))
                CheckSettings(file, text);
            return new EditorConfigFile(config, IsRoot(text));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Problems.Add($"{file}: {e.Message}");
            return new EditorConfigFile(null, IsRoot: false);
        }
    }

    private sealed record EditorConfigFile(AnalyzerConfig? Config, bool IsRoot);

    // The file as Roslyn reads it, or null with a warning when Roslyn cannot: a section name its glob translation turns
    // into an invalid pattern ([^], [], a stray \i — found by fuzzing) throws when sections are matched, and would
    // stop every check below the file.
    private AnalyzerConfig? Readable(string file, string text)
    {
        try
        {
            var config = AnalyzerConfig.Parse(text, file);
            _ = AnalyzerConfigSet.Create(ImmutableArray.Create(config)).GetOptionsForSourcePath(Path.Combine(Path.GetDirectoryName(file)!, "a.md"));
            return config;
        }
        catch (ArgumentException e)
        {
            Warn(file, 1, $"a section Roslyn's .editorconfig reader cannot read ({e.Message}); the file is ignored");
            return null;
        }
    }

    // dotnet_diagnostic.CL….severity lines whose rule or value CitationLint does not know (each file looked at once).
    private void CheckSettings(string file, string text)
    {
        var lines = text.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].Trim();
            var comment = line.IndexOfAny(['#', ';']);
            if (comment >= 0)
                line = line[..comment].TrimEnd();
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
                continue;
            var key = line[..eq].Trim();
            const string Prefix = "dotnet_diagnostic.", Suffix = ".severity";
            // (dotnet_diagnostic.severity has both ends and nothing between: found by fuzzing)
            if (key.Length <= Prefix.Length + Suffix.Length
                || !key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || !key.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase))
                continue;
            var id = key[Prefix.Length..^Suffix.Length];
            if (!id.StartsWith("CL", StringComparison.OrdinalIgnoreCase))
                continue; // another analyzer's setting
            var value = line[(eq + 1)..].Trim();
            if (RuleCatalog.Find(id) is null)
                Warnings.Add(new ConfigurationWarning(file, n + 1, $"{id} is not a CitationLint rule (CL0001–CL0011); the setting is ignored"));
            else if (!SeverityNames.Contains(value.ToLowerInvariant()))
                Warnings.Add(new ConfigurationWarning(file, n + 1, $"'{value}' is not a severity for {id} (error, warning, suggestion, silent, none or default); its default is used"));
        }
    }

    // root = true in the preamble (before the first section) stops the search upwards.
    private static bool IsRoot(string text)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('['))
                return false;
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && line[..eq].Trim().Equals("root", StringComparison.OrdinalIgnoreCase))
                return line[(eq + 1)..].Trim().Equals("true", StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }

    private static DiagnosticSeverity Map(ReportDiagnostic report, DiagnosticSeverity fallback) => report switch
    {
        ReportDiagnostic.Error => DiagnosticSeverity.Error,
        ReportDiagnostic.Warn => DiagnosticSeverity.Warning,
        ReportDiagnostic.Info => DiagnosticSeverity.Suggestion,
        ReportDiagnostic.Hidden => DiagnosticSeverity.Silent,
        ReportDiagnostic.Suppress => DiagnosticSeverity.None,
        _ => fallback,
    };
}

/// <summary>A configuration setting that is ignored, with where it is.</summary>
/// <param name="File">The .editorconfig file.</param>
/// <param name="Line">Its line, 1-based.</param>
/// <param name="Message">What is wrong and what is done instead.</param>
public sealed record ConfigurationWarning(string File, int Line, string Message)
{
    /// <summary>The MSBuild canonical form: <c>path(line): warning: message</c>.</summary>
    public override string ToString() => $"{File}({Line}): warning: {Message}";
}
