namespace AiVideo.Gateway.Configuration;

/// <summary>Where a replica is reached, e.g. <c>http://projects-api</c> (resolved through service discovery).</summary>
public sealed class DestinationConfig
{
    public string? Address { get; set; }
}
