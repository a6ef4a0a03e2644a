using AiVideo.BuildingBlocks.Persistence;
using AiVideo.Webhooks.Application.Maintenance;

namespace AiVideo.Webhooks.Infrastructure.Maintenance;

/// <summary>Removes old provider receipts and finished deliveries every <c>Webhooks:Retention:SweepInterval</c>.</summary>
internal sealed class WebhooksSweeper(
    IServiceScopeFactory scopes, MigrationState migrations, IOptions<WebhooksOptions> options, TimeProvider time, ILogger<WebhooksSweeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Retention.SweepInterval, time);
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
                    var swept = await scope.ServiceProvider.GetRequiredService<SweepOldRecords>().ExecuteAsync(stoppingToken);
                    if (swept.Receipts + swept.Deliveries > 0)
                    {
                        logger.LogInformation("Removed {Receipts} old provider receipt(s) and {Deliveries} finished webhook deliveries", swept.Receipts, swept.Deliveries);
                    }
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(exception, "Sweeping old webhook records failed; the next sweep tries again");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException)
        {
        }
    }
}
