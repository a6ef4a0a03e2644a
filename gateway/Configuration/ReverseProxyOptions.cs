namespace AiVideo.Gateway.Configuration;

/// <summary>The <c>ReverseProxy</c> section, in the shape of YARP's configuration so that YARP can replace the forwarder unchanged.</summary>
public sealed class ReverseProxyOptions
{
    public const string SectionName = "ReverseProxy";

    public Dictionary<string, RouteConfig> Routes { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, ClusterConfig> Clusters { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
