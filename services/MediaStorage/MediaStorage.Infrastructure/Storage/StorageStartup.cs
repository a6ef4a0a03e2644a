using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AiVideo.MediaStorage.Infrastructure.Storage;

/// <summary>Creates the bucket or folder before media-api takes requests, retrying while the storage service is not reachable yet.</summary>
internal sealed class StorageStartup(IObjectStorage storage, StorageReadiness readiness, ILogger<StorageStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromMilliseconds(250);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await storage.EnsureReadyAsync(cancellationToken);
                readiness.Ready = true;
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException && attempt < 40)
            {
                logger.LogWarning("Waiting for storage (attempt {Attempt}): {Reason}", attempt, exception.Message);
                await Task.Delay(delay, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(10).Ticks));
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Whether storage was reached at start-up (reported by the health check).</summary>
internal sealed class StorageReadiness
{
    public volatile bool Ready;
}

internal sealed class StorageHealthCheck(StorageReadiness readiness, IOptions<StorageOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.Ready
            ? HealthCheckResult.Healthy($"Storage ({options.Value.Provider}) is ready.")
            : HealthCheckResult.Unhealthy($"Storage ({options.Value.Provider}) is not ready."));
}
