using Microsoft.Extensions.Logging;

namespace CitationLint.Cli.Mcp;

/// <summary>
/// The MCP server's log: standard error only, since standard output carries the protocol. One line an entry, from
/// <paramref name="minimum"/> up (warnings by default; <c>citationlint mcp --verbose</c> shows the SDK's information
/// and debug lines too).
/// </summary>
internal sealed class StandardErrorLoggerFactory(TextWriter errors, LogLevel minimum) : ILoggerFactory
{
    private readonly Lock _gate = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    private bool Logs(LogLevel level) => level != LogLevel.None && level >= minimum;

    // A tool's error (a bad argument: McpException) is the client's to see, and the message says it all; anything else
    // is a fault, logged with its stack (and so is everything with --verbose).
    private string Describe(Exception? exception) => exception switch
    {
        null => "",
        ModelContextProtocol.McpException when minimum > LogLevel.Debug => " (" + exception.Message + ")",
        _ => Environment.NewLine + exception,
    };

    private void Write(string line)
    {
        lock (_gate)
            errors.WriteLine(line);
    }

    private sealed class Logger(StandardErrorLoggerFactory factory, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => factory.Logs(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            if (IsEnabled(logLevel))
                factory.Write($"citationlint mcp: {logLevel.ToString().ToLowerInvariant()}: {category}: {formatter(state, exception)}" + factory.Describe(exception));
        }
    }
}
