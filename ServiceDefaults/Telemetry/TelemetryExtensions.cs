using OpenTelemetry;
using OpenTelemetry.Metrics;
using AiVideo.ServiceDefaults.Health;
using OpenTelemetry.Trace;

namespace AiVideo.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>The prefix of the project's own activity sources and meters (e.g. <c>AiVideo.Outbox</c>).</summary>
    public const string ProjectPrefix = "AiVideo";

    /// <summary>
    /// Traces, metrics and logs with OpenTelemetry.Extensions.Hosting and the instrumentation packages (ASP.NET Core,
    /// HttpClient, runtime, EF Core, Npgsql and MassTransit, whose activities carry the trace across RabbitMQ), exported
    /// over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the Aspire dashboard sets it for every resource).
    /// Without an endpoint nothing listens, so requests pay nothing for it and the gateway passes a client's trace
    /// context on untouched. Health probes are not traced. Console logs carry the trace and span ids either way.
    /// </summary>
    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            return builder;
        }

        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("Npgsql", "MassTransit", $"{ProjectPrefix}.*"))
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName, "Npgsql", "MassTransit", $"{ProjectPrefix}.*")
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = context => !HealthExtensions.IsProbe(context.Request.Path))
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation())
            .UseOtlpExporter();
        return builder;
    }
}
