using AiVideo.BuildingBlocks.Persistence;
using AiVideo.MediaStorage.Application;
using AiVideo.MediaStorage.Application.Uploads;

namespace AiVideo.MediaStorage.Infrastructure;

/// <summary>Removes uploads that expired without being completed (and what they left in storage), every sweep interval.</summary>
internal sealed class UploadSweeper(IServiceScopeFactory scopes, MigrationState migrations, IOptions<MediaOptions> options, TimeProvider time,
    ILogger<UploadSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        try
        {
            do
            {
                if (!migrations.Completed)
                {
                    continue;
                }
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var outcome = await scope.ServiceProvider.GetRequiredService<ExpireUploads>().ExecuteAsync(stoppingToken);
                    if (outcome.Removed > 0)
                    {
                        logger.LogInformation("Removed {Count} expired upload(s)", outcome.Removed);
                    }
                    foreach (var failure in outcome.Failures)
                    {
                        logger.LogWarning(failure.Error,
                            "Sweeping upload {UploadId} failed ({Failures} time(s) in a row); it was skipped and is tried again at {RetryAt}",
                            failure.UploadId, failure.Failures, failure.RetryAt);
                    }
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(exception, "Sweeping expired uploads failed; the next sweep tries again");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException)
        {
        }
    }
}
