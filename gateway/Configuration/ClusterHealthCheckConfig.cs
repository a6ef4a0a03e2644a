namespace AiVideo.Gateway.Configuration;

/// <summary>How the gateway's <c>/health</c> asks a cluster for its health (YARP's <c>HealthCheck.Active</c>).</summary>
public sealed class ClusterHealthCheckConfig
{
    public ActiveHealthCheckConfig Active { get; set; } = new();
}

public sealed class ActiveHealthCheckConfig
{
    public bool Enabled { get; set; } = true;

    public string Path { get; set; } = "/health";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);
}
