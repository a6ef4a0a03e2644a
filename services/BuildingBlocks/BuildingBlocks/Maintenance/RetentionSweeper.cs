using AiVideo.BuildingBlocks.Persistence;

namespace AiVideo.BuildingBlocks.Maintenance;

/// <summary>
/// Deletes published outbox rows, old inbox rows and expired idempotency keys, then whatever the service's own
/// <see cref="IRetentionSweep"/>s remove, once an interval.
/// </summary>
internal sealed class RetentionSweeper<TContext>(
    IServiceScopeFactory scopes, MigrationState migrations, IOptions<RetentionOptions> options, TimeProvider time,
    ILogger<RetentionSweeper<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        do
        {
            if (!migrations.Completed)
            {
                continue;
            }
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Sweeping old outbox, inbox, idempotency and other bookkeeping rows failed");
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var now = time.GetUtcNow();
        var outboxBefore = now - options.Value.PublishedOutboxMessages;
        var inboxBefore = now - options.Value.InboxMessages;
        var outbox = await db.Database.ExecuteSqlAsync($"DELETE FROM outbox_messages WHERE published_at < {outboxBefore}", cancellationToken);
        var inbox = await db.Database.ExecuteSqlAsync($"DELETE FROM inbox_messages WHERE processed_at < {inboxBefore}", cancellationToken);
        var keys = await db.Database.ExecuteSqlAsync($"DELETE FROM idempotency_keys WHERE expires_at < {now}", cancellationToken);
        if (outbox + inbox + keys > 0)
        {
            logger.LogInformation("Swept {Outbox} outbox, {Inbox} inbox and {Keys} idempotency rows", outbox, inbox, keys);
        }
        foreach (var sweep in scope.ServiceProvider.GetServices<IRetentionSweep>())
        {
            var removed = await sweep.SweepAsync(now, cancellationToken);
            if (removed > 0)
            {
                logger.LogInformation("Swept {Count} row(s) of {What}", removed, sweep.Name);
            }
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
