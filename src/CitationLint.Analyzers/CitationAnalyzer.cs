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

    // One Roslyn descriptor per rule, each a field with its ID, category and severity written as constants: the release
    // tracking analyzers (AnalyzerReleases.*.md) read them there at compile time (not inside a collection expression).
    // A test holds them to the rule classes' descriptors.
    private static readonly DiagnosticDescriptor UnknownStatute =
        new DiagnosticDescriptor(Rules.UnknownStatuteRule.Id, Title(Rules.UnknownStatuteRule.Rule), "{0}", RuleCategory.Resolution, RoslynSeverity.Warning, true, Description(Rules.UnknownStatuteRule.Rule), Rules.UnknownStatuteRule.Rule.HelpLink);

    private static readonly DiagnosticDescriptor NoSuchArticle =
        new DiagnosticDescriptor(Rules.NoSuchArticleRule.Id, Title(Rules.NoSuchArticleRule.Rule), "{0}", RuleCategory.Resolution, RoslynSeverity.Error, true, Description(Rules.NoSuchArticleRule.Rule), Rules.NoSuchArticleRule.Rule.HelpLink);

    private static readonly DiagnosticDescriptor QuoteMismatch =
        new DiagnosticDescriptor(Rules.QuoteMismatchRule.Id, Title(Rules.QuoteMismatchRule.Rule), "{0}", RuleCategory.Quotation, RoslynSeverity.Error, true, Description(Rules.QuoteMismatchRule.Rule), Rules.QuoteMismatchRule.Rule.HelpLink);

    private static readonly DiagnosticDescriptor OutdatedNumber =
        new DiagnosticDescriptor(Rules.OutdatedNumberRule.Id, Title(Rules.OutdatedNumberRule.Rule), "{0}", RuleCategory.Versions, RoslynSeverity.Warning, true, Description(Rules.OutdatedNumberRule.Rule), Rules.OutdatedNumberRule.Rule.HelpLink);

    private static readonly DiagnosticDescriptor RepealedStatute =
        new DiagnosticDescriptor(Rules.RepealedStatuteRule.Id, Title(Rules.RepealedStatuteRule.Rule), "{0}", RuleCategory.Versions, RoslynSeverity.Warning, true, Description(Rules.RepealedStatuteRule.Rule), Rules.RepealedStatuteRule.Rule.HelpLink);

    private static readonly DiagnosticDescriptor UnresolvedReference =
        new DiagnosticDescriptor(Rules.UnresolvedReferenceRule.Id, Title(Rules.UnresolvedReferenceRule.Rule), "{0}", RuleCategory.Resolution, RoslynSeverity.Warning, true, Description(Rules.UnresolvedReferenceRule.Rule), Rules.UnresolvedReferenceRule.Rule.HelpLink);

    private static readonly DiagnosticDescriptor MalformedCitation =
        new DiagnosticDescriptor(Rules.MalformedCitationRule.Id, Title(Rules.MalformedCitationRule.Rule), "{0}", RuleCategory.Syntax, RoslynSeverity.Warning, true, Description(Rules.MalformedCitationRule.Rule), Rules.MalformedCitationRule.Rule.HelpLink);

    private static readonly DiagnosticDescriptor NonstandardName =
        new DiagnosticDescriptor(Rules.NonstandardNameRule.Id, Title(Rules.NonstandardNameRule.Rule), "{0}", RuleCategory.Style, RoslynSeverity.Info, true, Description(Rules.NonstandardNameRule.Rule), Rules.NonstandardNameRule.Rule.HelpLink);

    private static readonly DiagnosticDescriptor NumeralStyle =
        new DiagnosticDescriptor(Rules.NumeralStyleRule.Id, Title(Rules.NumeralStyleRule.Rule), "{0}", RuleCategory.Style, RoslynSeverity.Hidden, false, Description(Rules.NumeralStyleRule.Rule), Rules.NumeralStyleRule.Rule.HelpLink);

    private static readonly DiagnosticDescriptor AlteredQuote =
        new DiagnosticDescriptor(Rules.AlteredQuoteRule.Id, Title(Rules.AlteredQuoteRule.Rule), "{0}", RuleCategory.Quotation, RoslynSeverity.Warning, true, Description(Rules.AlteredQuoteRule.Rule), Rules.AlteredQuoteRule.Rule.HelpLink);

    private static readonly DiagnosticDescriptor UncheckedDocument =
        new DiagnosticDescriptor(Rules.UncheckedDocumentRule.Id, Title(Rules.UncheckedDocumentRule.Rule), "{0}", RuleCategory.Resolution, RoslynSeverity.Info, true, Description(Rules.UncheckedDocumentRule.Rule), Rules.UncheckedDocumentRule.Rule.HelpLink);

    private static readonly ImmutableArray<DiagnosticDescriptor> RuleDescriptors =
    [
        UnknownStatute, NoSuchArticle, QuoteMismatch, OutdatedNumber, RepealedStatute, UnresolvedReference, MalformedCitation, NonstandardName, NumeralStyle, AlteredQuote, UncheckedDocument,
    ];

    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> Descriptors = RuleDescriptors.ToImmutableDictionary(d => d.Id);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => RuleDescriptors;

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

    // The title and description are the rule's resources, in the IDE's language; the message is the rule's, whole, as
    // the one argument.
    private static LocalizableResourceString Title(RuleDescriptor rule) => Localizable(rule.TitleKey);

    private static LocalizableResourceString Description(RuleDescriptor rule) => Localizable(rule.DescriptionKey);

    private static LocalizableResourceString Localizable(string key) => new(key, RuleResources.Manager, typeof(RuleResources));

}
