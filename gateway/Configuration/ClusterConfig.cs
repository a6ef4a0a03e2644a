namespace AiVideo.Gateway.Configuration;

/// <summary>A group of equivalent destinations (replicas of one service), used in turn.</summary>
public sealed class ClusterConfig
{
    public Dictionary<string, DestinationConfig> Destinations { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public ClusterHealthCheckConfig HealthCheck { get; set; } = new();

    public ClusterHttpRequestConfig HttpRequest { get; set; } = new();
}
