namespace AiVideo.Gateway.Configuration;

/// <summary>Per-cluster request settings (YARP's <c>HttpRequest</c>).</summary>
public sealed class ClusterHttpRequestConfig
{
    /// <summary>How long the upstream may stay silent (no response yet, or no bytes either way) before the gateway answers 504.</summary>
    public TimeSpan ActivityTimeout { get; set; } = TimeSpan.FromSeconds(100);
}
