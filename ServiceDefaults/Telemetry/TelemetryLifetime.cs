using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AiVideo.ServiceDefaults.Telemetry;

/// <summary>Creates the tracer and meter providers when the host starts (so they listen from the first request) and flushes them on stop.</summary>
internal sealed class TelemetryLifetime(TracerProvider tracerProvider, MeterProvider meterProvider) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        tracerProvider.ForceFlush(2_000);
        meterProvider.ForceFlush(2_000);
        return Task.CompletedTask;
    }
}
