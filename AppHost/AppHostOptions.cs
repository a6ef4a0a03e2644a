namespace AiVideo.AppHost;

/// <summary>Section <c>AppHost</c>: where data lives, which ports are used, and how the services run.</summary>
public sealed class AppHostOptions
{
    /// <summary>Where PostgreSQL, RabbitMQ, Redis and storage keep their data between runs (relative to the repository root).</summary>
    public string DataDirectory { get; set; } = ".apphost";

    /// <summary>ASPNETCORE_ENVIRONMENT of the services.</summary>
    public string Environment { get; set; } = "Development";

    /// <summary>Throwaway servers (no fsync, no Redis snapshots, data deleted on stop): for test runs only.</summary>
    public bool Ephemeral { get; set; }

    /// <summary>Stop everything when this process exits (the test run that started AppHost), however it ends.</summary>
    public int? ParentProcessId { get; set; }

    /// <summary>Start only PostgreSQL, RabbitMQ and Redis, write their connection strings to <see cref="EnvironmentFile"/>, and wait.</summary>
    public bool InfrastructureOnly { get; set; }

    /// <summary>Also start s3rver (an S3-compatible server) with the infrastructure, for tests and benchmarks of the S3 backend.</summary>
    public bool StartS3rver { get; set; }

    /// <summary>A file to write the connection strings to, as shell <c>export</c> lines.</summary>
    public string? EnvironmentFile { get; set; }

    public TimeSpan HealthTimeout { get; set; } = TimeSpan.FromMinutes(2);

    public AppHostPorts Ports { get; set; } = new();

    /// <summary>An OTLP endpoint (e.g. the Aspire dashboard's) that every service exports telemetry to.</summary>
    public string? OtlpEndpoint { get; set; }
}
