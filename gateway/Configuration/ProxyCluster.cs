namespace AiVideo.Gateway.Configuration;

/// <summary>A cluster ready for use: its destinations (taken in turn) and settings.</summary>
public sealed class ProxyCluster(string id, IReadOnlyList<Uri> destinations, ClusterConfig config)
{
    private int _next = -1;

    public string Id { get; } = id;

    public IReadOnlyList<Uri> Destinations { get; } = destinations;

    public TimeSpan ActivityTimeout { get; } = config.HttpRequest.ActivityTimeout;

    public ActiveHealthCheckConfig HealthCheck { get; } = config.HealthCheck.Active;

    /// <summary>The next destination, round robin; null when the cluster has none.</summary>
    public Uri? NextDestination() => Destinations.Count switch
    {
        0 => null,
        1 => Destinations[0],
        _ => Destinations[(int)((uint)Interlocked.Increment(ref _next) % (uint)Destinations.Count)],
    };
}
