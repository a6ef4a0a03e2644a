namespace AiVideo.ServiceDefaults.Telemetry;

/// <summary>The standard OpenTelemetry settings, read from configuration (environment variables in their usual form).</summary>
public sealed class TelemetryOptions
{
    public Uri? OtlpEndpoint { get; init; }

    /// <summary><c>grpc</c> (default) or <c>http/protobuf</c>, as <c>OTEL_EXPORTER_OTLP_PROTOCOL</c>.</summary>
    public string Protocol { get; init; } = "grpc";

    public required string ServiceName { get; init; }

    public static TelemetryOptions From(IConfiguration configuration, string applicationName)
    {
        var endpoint = configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        return new TelemetryOptions
        {
            OtlpEndpoint = string.IsNullOrWhiteSpace(endpoint) ? null : new Uri(endpoint),
            Protocol = configuration["OTEL_EXPORTER_OTLP_PROTOCOL"] ?? "grpc",
            ServiceName = configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : applicationName,
        };
    }
}
