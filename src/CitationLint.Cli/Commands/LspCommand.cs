using System.CommandLine;
using System.Globalization;
using CitationLint.Cli.Lsp;
using CitationLint.Statutes.Table;

namespace CitationLint.Cli.Commands;

/// <summary><c>citationlint lsp [--lang zh-CN|en] [--debounce MS]</c>: the Language Server Protocol server on stdio (<see cref="CitationLanguageServer"/>).</summary>
internal static class LspCommand
{
    public static Command Create()
    {
        var lang = new Option<string?>("--lang") { Description = "The messages' language: en or zh-CN. Default: the editor's (initialize's locale), else the environment's." };
        lang.AcceptOnlyFromAmong("en", "zh-CN");
        var debounce = new Option<int?>("--debounce")
        {
            Description = $"Milliseconds to wait after a change before checking, for the next keystroke (default {CitationLanguageServer.ChangeDebounce.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)}).",
            HelpName = "ms",
        };
        var command = new Command("lsp", "Check documents as they are edited: a Language Server Protocol server on standard input and output (Markdown and plain text).") { lang, debounce };
        command.SetAction(async (result, cancellation) =>
        {
            var server = new CitationLanguageServer(
                StatuteTable.Default,
                () => QuoteIndex.Default,
                () => LocalClock.Today,
                result.GetValue(lang),
                result.GetValue(debounce) is { } ms ? TimeSpan.FromMilliseconds(Math.Max(0, ms)) : CitationLanguageServer.ChangeDebounce,
                Console.Error);
            using var output = Console.OpenStandardOutput();
            using var input = Console.OpenStandardInput();
            return await server.RunAsync(output, input, cancellation).ConfigureAwait(false);
        });
        return command;
    }
}
