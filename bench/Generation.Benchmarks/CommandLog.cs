using Microsoft.Extensions.Logging;

namespace AiVideo.Benchmarks.Generation;

/// <summary>
/// Writes every tool command the providers run (their debug log line) to a file, one per line, for comparison with
/// bench/generation-raw.sh, and adds up how long the runs of each tool took (their "finished in" debug line).
/// </summary>
internal sealed class CommandLog(string path) : ILoggerProvider, ILogger
{
    private readonly Lock _lock = new();

    /// <summary>Per tool: how many runs finished and their summed wall time in milliseconds.</summary>
    public Dictionary<string, (int Runs, long Milliseconds)> Runs { get; } = [];

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var message = formatter(state, exception);
        lock (_lock)
        {
            if (message.StartsWith("Running ", StringComparison.Ordinal))
            {
                File.AppendAllText(path, message["Running ".Length..] + Environment.NewLine);
            }
            else if (state is IReadOnlyList<KeyValuePair<string, object?>> fields
                     && fields.FirstOrDefault(f => f.Key == "Tool").Value is string tool
                     && fields.FirstOrDefault(f => f.Key == "Elapsed").Value is long elapsed
                     && message.Contains(" finished in ", StringComparison.Ordinal))
            {
                var (runs, milliseconds) = Runs.GetValueOrDefault(tool);
                Runs[tool] = (runs + 1, milliseconds + elapsed);
                File.AppendAllText(path, $"# {tool} finished in {elapsed} ms{Environment.NewLine}");
            }
        }
    }

    public void Dispose()
    {
    }
}
