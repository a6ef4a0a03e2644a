using Microsoft.Extensions.Logging;

namespace AiVideo.Benchmarks.Generation;

/// <summary>Writes every tool command the providers run (their debug log line) to a file, one per line, for comparison with bench/generation-raw.sh.</summary>
internal sealed class CommandLog(string path) : ILoggerProvider, ILogger
{
    private readonly Lock _lock = new();

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var message = formatter(state, exception);
        if (message.StartsWith("Running ", StringComparison.Ordinal))
        {
            lock (_lock)
            {
                File.AppendAllText(path, message["Running ".Length..] + Environment.NewLine);
            }
        }
    }

    public void Dispose()
    {
    }
}
