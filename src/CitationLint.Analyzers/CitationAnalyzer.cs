using System.Collections.Immutable;
using CitationLint.Configuration;
using CitationLint.Documents;
using CitationLint.Rules;
using CitationLint.Statutes.Table;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using CitationDiagnostic = CitationLint.Rules.Diagnostic;
using RoslynDiagnostic = Microsoft.CodeAnalysis.Diagnostic;
using RoslynSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;
using Severity = CitationLint.Rules.DiagnosticSeverity;

namespace CitationLint.Analyzers;

/// <summary>
/// Reports CitationLint's diagnostics, with the same IDs and messages, on a project's AdditionalFiles (*.md,
/// *.markdown, *.txt) and on the citations in its C# string literals and XML documentation comments. The statute
/// table is embedded in CitationLint.Core and loaded once per process.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CitationAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the replacement text of the fix.</summary>
    public const string FixReplacement = "CitationLint.Fix.Replacement";

    /// <summary>Diagnostic properties: where the fix applies, as offset and length in the file.</summary>
    public const string FixStart = "CitationLint.Fix.Start", FixLength = "CitationLint.Fix.Length";

    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> Descriptors =
        RuleCatalog.All.ToImmutableDictionary(r => r.Id, ToRoslyn);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [.. Descriptors.Values.OrderBy(d => d.Id, StringComparer.Ordinal)];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var checker = new CitationChecker(StatuteTable.Default, () => QuoteIndex.Default, LocalClock.Today);
            start.RegisterAdditionalFileAction(file => AnalyzeAdditionalFile(file, checker));
            start.RegisterSyntaxTreeAction(tree => AnalyzeSyntaxTree(tree, checker));
        });
    }

    private static void AnalyzeAdditionalFile(AdditionalFileAnalysisContext context, CitationChecker checker)
    {
        var path = context.AdditionalFile.Path;
        if (DocumentReader.FormatOf(path) is not { } format || context.AdditionalFile.GetText(context.CancellationToken) is not { } source)
            return;
        var text = source.ToString();
        foreach (var diagnostic in Lint(path, text, format, checker))
        {
            var span = new TextSpan(diagnostic.Span.Start, diagnostic.Span.Length);
            var location = Location.Create(path, span, source.Lines.GetLinePositionSpan(span));
            context.ReportDiagnostic(Create(diagnostic, location, 0));
        }
    }

    // String literals and the text of XML doc comments, each checked as a small plain-text document.
    private static void AnalyzeSyntaxTree(SyntaxTreeAnalysisContext context, CitationChecker checker)
    {
        var root = context.Tree.GetRoot(context.CancellationToken);
        foreach (var token in root.DescendantTokens(descendIntoTrivia: true))
        {
            if (token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.XmlTextLiteralToken)
                || token.IsKind(SyntaxKind.InterpolatedStringTextToken))
            {
                AnalyzeToken(context, token, checker);
            }
        }
    }

    private static void AnalyzeToken(SyntaxTreeAnalysisContext context, SyntaxToken token, CitationChecker checker)
    {
        var value = token.ValueText;
        if (value.Length < 4 || (value.IndexOf('第') < 0 && value.IndexOf('《') < 0))
            return;
        // Offsets map one to one where the source spells the value out (no escapes); otherwise the whole token.
        var valueStart = token.Text.IndexOf(value, StringComparison.Ordinal);
        foreach (var diagnostic in Lint(context.Tree.FilePath, value, DocumentFormat.PlainText, checker))
        {
            var span = valueStart >= 0
                ? new TextSpan(token.SpanStart + valueStart + diagnostic.Span.Start, diagnostic.Span.Length)
                : token.Span;
            var offset = valueStart >= 0 ? token.SpanStart + valueStart : -1;
            context.ReportDiagnostic(Create(diagnostic, Location.Create(context.Tree, span), offset));
        }
    }

    private static IReadOnlyList<CitationDiagnostic> Lint(string path, string text, DocumentFormat format, CitationChecker checker)
    {
        var document = DocumentReader.Read(path, text, format);
        var diagnostics = checker.Check(document).Diagnostics;
        var suppressions = InlineSuppressions.Read(document);
        return [.. diagnostics.Where(d => !suppressions.Suppresses(d, document))];
    }

    private static RoslynDiagnostic Create(CitationDiagnostic diagnostic, Location location, int fixOffset)
    {
        var properties = ImmutableDictionary<string, string?>.Empty;
        if (diagnostic.Fix is { } fix && fixOffset >= 0)
        {
            properties = properties
                .Add(FixReplacement, fix.Replacement)
                .Add(FixStart, (fixOffset + fix.Span.Start).ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Add(FixLength, fix.Span.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        // The message in the language the IDE asks for when it shows it (Chinese under a zh culture).
        object message = diagnostic.Source is { } source ? new LocalizableRuleMessage(source) : diagnostic.Message;
        return RoslynDiagnostic.Create(Descriptors[diagnostic.Id], location, properties, message);
    }

    // A rule's message as Roslyn's localizable string: formatted in the culture Roslyn passes, English without one.
    private sealed class LocalizableRuleMessage(RuleMessage message) : LocalizableString
    {
        protected override string GetText(IFormatProvider? formatProvider) =>
            message.Format(formatProvider as System.Globalization.CultureInfo ?? System.Globalization.CultureInfo.InvariantCulture);

        protected override bool AreEqual(object? other) => other is LocalizableRuleMessage that && GetText(null) == that.GetText(null);

        protected override int GetHash() => GetText(null).GetHashCode();
    }

    // Roslyn descriptors from CitationLint's: the message is CitationLint's, whole, as the one argument; the title and
    // description are the rule's resources, in the IDE's language.
    private static DiagnosticDescriptor ToRoslyn(RuleDescriptor rule) =>
#pragma warning disable RS2000 // IDs, categories and severities come from the rule classes, through Core's one list of rules
        new(rule.Id, Localizable(rule.TitleKey), "{0}", rule.Category, Severity(rule.DefaultSeverity), rule.DefaultSeverity != Rules.DiagnosticSeverity.None,
            Localizable(rule.DescriptionKey), rule.HelpLink);
#pragma warning restore RS2000

    private static LocalizableResourceString Localizable(string key) => new(key, RuleResources.Manager, typeof(RuleResources));

    private static RoslynSeverity Severity(Severity severity) => severity switch
    {
        Rules.DiagnosticSeverity.Error => RoslynSeverity.Error,
        Rules.DiagnosticSeverity.Warning => RoslynSeverity.Warning,
        Rules.DiagnosticSeverity.Suggestion => RoslynSeverity.Info,
        _ => RoslynSeverity.Hidden,
    };
}
