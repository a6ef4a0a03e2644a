using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace AiVideo.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>
    /// Traces, metrics and logs over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set. Built with the SDK directly
    /// (OpenTelemetry.Extensions.Hosting is not available); <see cref="TelemetryLifetime"/> starts and flushes the providers.
    /// Console logs carry the trace and span ids in their scope either way.
    /// </summary>
    public static IHostApplicationBuilder AddDefaultTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);

        var options = TelemetryOptions.From(builder.Configuration, builder.Environment.ApplicationName);
        if (options.OtlpEndpoint is null)
        {
            return builder;
        }

        var resource = ResourceBuilder.CreateDefault().AddService(options.ServiceName);
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.SetResourceBuilder(resource);
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
            logging.AddOtlpExporter(exporter => Configure(exporter, options, "v1/logs"));
        });

        builder.Services.AddSingleton(_ => Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(resource)
            .AddSource(TelemetrySources.ActivitySources)
            .AddOtlpExporter(exporter => Configure(exporter, options, "v1/traces"))
            .Build());
        builder.Services.AddSingleton(_ => Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(resource)
            .AddMeter(TelemetrySources.Meters)
            .AddOtlpExporter(exporter => Configure(exporter, options, "v1/metrics"))
            .Build());
        builder.Services.AddHostedService<TelemetryLifetime>();
        return builder;
    }

    private static void Configure(OtlpExporterOptions exporter, TelemetryOptions options, string httpPath)
    {
        var http = options.Protocol.Equals("http/protobuf", StringComparison.OrdinalIgnoreCase);
        exporter.Protocol = http ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
        // Over HTTP each signal has its own path under the base endpoint, as the SDK does for the environment variable.
        exporter.Endpoint = http ? new Uri(options.OtlpEndpoint!, httpPath) : options.OtlpEndpoint!;
    }
}
