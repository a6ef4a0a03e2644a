namespace AiVideo.AppHost;

/// <summary>An <see cref="ILogger"/> that writes through <see cref="ResourceConsole"/> under a resource's prefix.</summary>
public sealed class ResourceLogger(ResourceConsole console, string resource) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }
        var prefix = logLevel >= LogLevel.Warning ? $"{logLevel.ToString().ToLowerInvariant()}: " : "";
        console.WriteLine(resource, prefix + formatter(state, exception) + (exception is null ? "" : $" ({exception.Message})"));
    }
}
