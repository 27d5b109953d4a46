using System.Globalization;
using CitationLint.Cli.Commands;

namespace CitationLint.Cli.Lsp;

/// <summary>
/// The target of a citation's document link: <c>citationlint:/lookup/LAW/ARTICLE/VERSION</c>, the law's title and the
/// article percent-encoded. No editor opens a <c>citationlint:</c> URI by itself, so it is harmless where nothing serves
/// it; the VS Code extension registers a content provider for the scheme that asks the server
/// (<see cref="CitationLanguageServer.LookupMethod"/>) for the text, which is what <c>citationlint lookup LAW ARTICLE
/// --version VERSION --history</c> prints. (A file: or https: link would need a file written per citation, or a
/// network the tool must not use.)
/// </summary>
internal static class LookupLink
{
    public const string Scheme = "citationlint";

    private const string Prefix = Scheme + ":/lookup/";

    /// <summary>The link to an article of a version of a law.</summary>
    public static string Target(string law, string article, DateOnly version) =>
        Prefix + Uri.EscapeDataString(law) + "/" + Uri.EscapeDataString(article) + "/" + version.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>What <c>lookup --history</c> prints for a link, or what it says is wrong; a URI that is not a link says so.</summary>
    public static string Text(string uri, OutputLanguage language, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(uri);
        // Editors re-encode URIs as they please (VS Code percent-encodes ':' and non-ASCII characters): decode each part.
        var parts = uri.StartsWith(Scheme + ":", StringComparison.OrdinalIgnoreCase)
            ? uri[(Scheme.Length + 1)..].Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray()
            : [];
        if (parts is not ["lookup", var law, var article, var version])
            return $"{uri}: not a citationlint lookup link (citationlint:/lookup/LAW/ARTICLE/VERSION)";
        var output = new StringWriter();
        var errors = new StringWriter();
        LookupCommand.Run(law, article, version, history: true, output, errors, language, today);
        return output.ToString() + errors;
    }
}
