namespace AiVideo.Hosting;

/// <summary>A server the system needs (database, broker, cache), run from the machine's installed binaries.</summary>
public interface IInfrastructureServer : IAsyncDisposable
{
    string Name { get; }

    /// <summary>Where clients connect, for the resource table.</summary>
    string Endpoint { get; }

    /// <summary>Starts the server (first stopping one left running by a killed earlier run on the same data) and waits until it answers.</summary>
    Task StartAsync(CancellationToken cancellationToken);

    Task StopAsync();
}
