using System.Collections.Immutable;
using CitationLint.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers.Tests;

/// <summary>
/// Drives the analyzer as a compiler does: a CSharpCompilation, AdditionalFiles, and options from .editorconfig or
/// .globalconfig text, through CompilationWithAnalyzers (the Microsoft.CodeAnalysis.*.Testing packages do not
/// restore here).
/// </summary>
internal static class VerifyCL
{
    public sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(
        string source, IEnumerable<AdditionalText>? additionalFiles = null, string? globalConfig = null, string? editorConfig = null)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(documentationMode: DocumentationMode.Diagnose), path: "/project/Program.cs");
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary);
        var configs = new List<AnalyzerConfig>();
        if (globalConfig is not null)
            configs.Add(AnalyzerConfig.Parse(globalConfig, "/project/.globalconfig"));
        if (editorConfig is not null)
            configs.Add(AnalyzerConfig.Parse(editorConfig, "/project/.editorconfig"));
        if (configs.Count > 0)
        {
            // What csc does with the files it is given: global options compilation-wide, per-file ones per tree.
            var set = AnalyzerConfigSet.Create(configs);
            options = options.WithSyntaxTreeOptionsProvider(
                new TreeOptions(set.GetOptionsForSourcePath(tree.FilePath).TreeOptions, set.GlobalConfigOptions.TreeOptions));
        }

        var compilation = CSharpCompilation.Create("content", [tree], [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)], options);
        var analyzerOptions = new AnalyzerOptions([.. additionalFiles ?? []]);
        var withAnalyzers = compilation.WithAnalyzers([new CitationAnalyzer()], analyzerOptions);
        return await withAnalyzers.GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
    }

    public static async Task<string> ApplyFixAsync(string source)
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("content", LanguageNames.CSharp)
            .AddMetadataReference(MetadataReference.CreateFromFile(typeof(object).Assembly.Location));
        var document = project.AddDocument("Program.cs", source);
        var compilation = (await document.Project.GetCompilationAsync().ConfigureAwait(false))!;
        var diagnostics = await compilation.WithAnalyzers([new CitationAnalyzer()]).GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
        var provider = new CitationCodeFixProvider();
        var fixable = diagnostics.First(d => provider.FixableDiagnosticIds.Contains(d.Id));
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, fixable, (action, _) => actions.Add(action), CancellationToken.None);
        await provider.RegisterCodeFixesAsync(context).ConfigureAwait(false);
        var operation = (await actions[0].GetOperationsAsync(CancellationToken.None).ConfigureAwait(false)).OfType<ApplyChangesOperation>().Single();
        var changed = operation.ChangedSolution.GetDocument(document.Id)!;
        return (await changed.GetTextAsync().ConfigureAwait(false)).ToString();
    }

    private sealed class TreeOptions(ImmutableDictionary<string, ReportDiagnostic> options, ImmutableDictionary<string, ReportDiagnostic> global)
        : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.NotGenerated;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            options.TryGetValue(diagnosticId, out severity);

        // Global options (a .globalconfig) apply to every diagnostic, AdditionalFiles' included.
        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            global.TryGetValue(diagnosticId, out severity);
    }
}
