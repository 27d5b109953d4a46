using System.Globalization;
using CitationLint.Output;
using CitationLint.Statutes.Table;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace CitationLint.Cli.Mcp;

/// <summary>
/// <c>citationlint mcp</c>: a Model Context Protocol server on standard input and output (the official C# SDK's stdio
/// transport), serving <see cref="CitationTools"/> to an agent. Standard output carries the protocol alone; the log goes
/// to standard error. It runs until the client closes standard input.
/// </summary>
internal static class CitationMcpServer
{
    /// <summary>The server's name in the MCP handshake.</summary>
    public const string Name = "citationlint";

    private const string Instructions =
        "CitationLint checks citations of Chinese statutes (《民法典》第一千零三十二条, 民诉法第一百一十九条 …) against a versioned table of "
        + "Chinese laws, regulations and judicial interpretations. Call check_text on any text you write or review that cites Chinese law, "
        + "and fix every citation whose verdict is not 'verified' (use 'corrected' when given). lookup_provision gives an article's real "
        + "text and its number in every version; find_law resolves a law's name, abbreviation or misspelling to its official title.";

    /// <summary>The server's options: its name and version, instructions, and the three tools over <paramref name="tools"/>.</summary>
    public static McpServerOptions Options(CitationTools tools)
    {
        // Every field written, null ones too: the output schemas list them all as required.
        var json = new System.Text.Json.JsonSerializerOptions(McpJsonUtilities.DefaultOptions) 
        {
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never,
            // Chinese as it is, not \uXXXX: the text content is read by a model, six characters a character is waste.
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        json.TypeInfoResolverChain.Insert(0, McpResultsJson.Default);
        McpServerTool Tool(Delegate method, string name, string title) => McpServerTool.Create(method, new McpServerToolCreateOptions
        {
            Name = name,
            Title = title,
            ReadOnly = true,
            Destructive = false,
            Idempotent = true,
            OpenWorld = false,
            UseStructuredContent = true,
            SerializerOptions = json,
        });

        return new McpServerOptions
        {
            ServerInfo = new Implementation { Name = Name, Title = "CitationLint", Version = ToolVersion.Current },
            ServerInstructions = Instructions,
            ToolCollection =
            [
                Tool(tools.CheckText, CitationTools.CheckTextName, "Check statute citations"),
                Tool(tools.LookupProvision, CitationTools.LookupProvisionName, "Look up a provision"),
                Tool(tools.FindLaw, CitationTools.FindLawName, "Find a law by name"),
            ],
        };
    }

    /// <summary>Serves the tools over standard input and output until the client closes it; 0 then.</summary>
    public static async Task<int> RunAsync(CultureInfo culture, LogLevel logLevel, TextWriter errors, CancellationToken cancellation)
    {
        using var logging = new StandardErrorLoggerFactory(errors, logLevel);
        var tools = new CitationTools(StatuteTable.Default, () => QuoteIndex.Default, () => LocalClock.Today, culture);
        var options = Options(tools);
        await using var transport = new StdioServerTransport(options, logging);
        await using var server = McpServer.Create(transport, options, logging);
        await server.RunAsync(cancellation).ConfigureAwait(false);
        return 0;
    }
}
