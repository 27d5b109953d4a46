using System.CommandLine;
using CitationLint.Cli.Mcp;
using Microsoft.Extensions.Logging;

namespace CitationLint.Cli.Commands;

/// <summary><c>citationlint mcp [--lang zh-CN|en] [--verbose]</c>: the Model Context Protocol server on stdio (<see cref="CitationMcpServer"/>).</summary>
internal static class McpCommand
{
    public static Command Create()
    {
        var lang = new Option<string?>("--lang") { Description = "The messages' language when a call names none: en (default) or zh-CN." };
        lang.AcceptOnlyFromAmong("en", "zh-CN");
        var verbose = new Option<bool>("--verbose") { Description = "Log the protocol's progress to standard error (default: warnings and errors only)." };
        var command = new Command("mcp", "Serve the checks to AI agents: a Model Context Protocol server on standard input and output (tools check_text, lookup_provision, find_law).") { lang, verbose };
        command.SetAction((result, cancellation) => CitationMcpServer.RunAsync(
            MessageLanguage.CultureOf(result.GetValue(lang)) ?? System.Globalization.CultureInfo.InvariantCulture,
            result.GetValue(verbose) ? LogLevel.Debug : LogLevel.Warning,
            Console.Error,
            cancellation));
        return command;
    }
}
