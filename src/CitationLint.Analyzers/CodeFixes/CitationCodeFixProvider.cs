using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers;

/// <summary>
/// Applies CitationLint's unambiguous fixes in C# sources: the current article number (CL0004), the article whose
/// words the quote holds (CL0003), the official short title (CL0008).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CitationCodeFixProvider))]
[Shared]
public sealed class CitationCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [.. Rules.RuleCatalog.All.Where(r => r.Fixable).Select(r => r.Id)];

    /// <inheritdoc/>
    public override FixAllProvider? GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var properties = diagnostic.Properties;
            if (!properties.TryGetValue(CitationAnalyzer.FixReplacement, out var replacement) || replacement is null
                || !properties.TryGetValue(CitationAnalyzer.FixStart, out var start) || !properties.TryGetValue(CitationAnalyzer.FixLength, out var length))
                continue;
            var span = new TextSpan(int.Parse(start!, CultureInfo.InvariantCulture), int.Parse(length!, CultureInfo.InvariantCulture));
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Replace with {replacement}",
                    async cancellation =>
                    {
                        var text = await context.Document.GetTextAsync(cancellation).ConfigureAwait(false);
                        return context.Document.WithText(text.Replace(span, replacement));
                    },
                    equivalenceKey: diagnostic.Id + ":" + replacement),
                diagnostic);
        }

        return Task.CompletedTask;
    }
}
