using System.CommandLine;
using System.Globalization;
#if !NATIVE_CLI
using CitationLint.Cli.Lsp;
using CitationLint.Statutes.Table;
#endif

namespace CitationLint.Cli.Commands;

/// <summary>
/// <c>citationlint lsp [--lang zh-CN|en] [--debounce MS]</c>: the Language Server Protocol server on stdio
/// (CitationLanguageServer). The native build has no server (see the project file): its <c>lsp</c> says to use the .NET
/// tool build, and exits with 2.
/// </summary>
internal static class LspCommand
{
    /// <summary>
    /// The wait after a change before the document is checked (the default of <c>--debounce</c>): keystrokes come
    /// 100–200 ms apart while someone types, and a check of a long article takes tens of milliseconds, so checking at
    /// each keystroke would queue checks whose findings are stale when they arrive and keep a core busy; 150 ms after
    /// the last keystroke is soon enough to read as immediate.
    /// </summary>
    public static readonly TimeSpan ChangeDebounce = TimeSpan.FromMilliseconds(150);

    public static Command Create()
    {
        var lang = new Option<string?>("--lang") { Description = "The messages' language: en or zh-CN. Default: the editor's (initialize's locale), else the environment's." };
        lang.AcceptOnlyFromAmong("en", "zh-CN");
        var debounce = new Option<int?>("--debounce")
        {
            Description = $"Milliseconds to wait after a change before checking, for the next keystroke (default {ChangeDebounce.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)}).",
            HelpName = "ms",
        };
        var command = new Command("lsp", "Check documents as they are edited: a Language Server Protocol server on standard input and output (Markdown and plain text).") { lang, debounce };
#if NATIVE_CLI
        command.SetAction(result =>
        {
            var language = OutputLanguage.Of(result.GetValue(lang));
            Console.Error.WriteLine(language.Error(language.Text("LspNeedsDotnetTool")));
            return CheckCommand.InputError;
        });
#else
        command.SetAction(async (result, cancellation) =>
        {
            var server = new CitationLanguageServer(
                StatuteTable.Default,
                () => QuoteIndex.Default,
                () => LocalClock.Today,
                result.GetValue(lang),
                result.GetValue(debounce) is { } ms ? TimeSpan.FromMilliseconds(Math.Max(0, ms)) : ChangeDebounce,
                Console.Error);
            using var output = Console.OpenStandardOutput();
            using var input = Console.OpenStandardInput();
            return await server.RunAsync(output, input, cancellation).ConfigureAwait(false);
        });
#endif
        return command;
    }
}
