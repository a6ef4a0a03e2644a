namespace AiVideo.AppHost.Local;

/// <summary>
/// Section <c>AppHost</c> (also <c>AppHost__*</c> variables or <c>--AppHost:*</c> arguments): where the local servers
/// keep their data, which loopback ports they use, and the modes the tests run the AppHost in.
/// </summary>
public sealed class AppHostSettings
{
    public const string SectionName = "AppHost";

    /// <summary>Where PostgreSQL, RabbitMQ, Redis, storage and the generated secrets live between runs (relative to the repository).</summary>
    public string DataDirectory { get; set; } = ".apphost";

    /// <summary>ASPNETCORE_ENVIRONMENT of the services.</summary>
    public string Environment { get; set; } = "Development";

    /// <summary><c>auto</c> (containers where a runtime answers, else executables), <c>executables</c> or <c>containers</c>.</summary>
    public string Servers { get; set; } = "auto";

    /// <summary>Throwaway servers (no fsync, no Redis persistence, data deleted on stop): for test runs only.</summary>
    public bool Ephemeral { get; set; }

    /// <summary>Start only the servers (no services, no dashboard) and write their addresses to <see cref="EnvironmentFile"/>.</summary>
    public bool InfrastructureOnly { get; set; }

    /// <summary>
    /// Which servers the infrastructure-only mode starts, by resource name, comma-separated (<c>postgres,eventbus</c>):
    /// a test that needs one server starts that one. Empty (the default): PostgreSQL, RabbitMQ and Redis.
    /// </summary>
    public string? InfrastructureServers { get; set; }

    /// <summary>Whether the infrastructure-only mode starts the server named <paramref name="resourceName"/>.</summary>
    public bool Starts(string resourceName) =>
        !InfrastructureOnly || string.IsNullOrWhiteSpace(InfrastructureServers)
        || InfrastructureServers.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Contains(resourceName, StringComparer.OrdinalIgnoreCase);

    /// <summary>A file the infrastructure-only mode writes the servers' addresses to, as shell <c>export</c> lines.</summary>
    public string? EnvironmentFile { get; set; }

    /// <summary>Stop everything when this process exits (the test run that started the AppHost), however it ends.</summary>
    public int? ParentProcessId { get; set; }

    /// <summary>Also run s3rver (an S3-compatible server from .tools/s3rver) as the <c>storage</c> resource.</summary>
    public bool StartS3rver { get; set; }

    /// <summary>An OTLP/HTTP collector every service exports to instead of the dashboard (a test's receiver, an external collector).</summary>
    public string? OtlpEndpoint { get; set; }

    public AppHostPorts Ports { get; set; } = new();
}
