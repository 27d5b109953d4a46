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

    private AnalyzerConfigSet? Load(string folder)
    {
        var configs = ImmutableArray.CreateBuilder<AnalyzerConfig>();
        for (var directory = new DirectoryInfo(folder); directory is not null; directory = directory.Parent)
        {
            var file = Path.Combine(directory.FullName, ".editorconfig");
            if (!File.Exists(file))
                continue;
            try
            {
                var text = File.ReadAllText(file);
                configs.Add(AnalyzerConfig.Parse(text, file));
                if (IsRoot(text))
                    break;
            }
            catch (IOException e)
            {
                Problems.Add($"{file}: {e.Message}");
            }
        }

        return configs.Count == 0 ? null : AnalyzerConfigSet.Create(configs.ToImmutable());
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
