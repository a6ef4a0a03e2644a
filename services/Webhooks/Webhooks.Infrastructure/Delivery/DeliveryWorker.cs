using AiVideo.BuildingBlocks.Persistence;
using AiVideo.Webhooks.Application.Deliveries;

namespace AiVideo.Webhooks.Infrastructure.Delivery;

/// <summary>
/// Sends due deliveries. It claims as many as it has free slots (<c>Webhooks:Delivery:MaxConcurrentAttempts</c>) with a
/// lease, makes each attempt in a scope of its own, and claims again as slots free up. When nothing is due it sleeps
/// until the next delivery comes due, a commit of this replica makes one due (<see cref="DeliverySignal"/>), an attempt
/// finishes, or the poll interval passes (deliveries made by other replicas). Time is read from the
/// <see cref="TimeProvider"/>, so the retry schedule follows the service's clock. On shutdown, attempts under way are
/// cancelled and their leases given back, so another replica (or this one, restarted) attempts them at once; a crash
/// leaves the leases to run out instead.
/// </summary>
internal sealed class DeliveryWorker(
    IServiceScopeFactory scopes, MigrationState migrations, DeliverySignal signal, IOptionsMonitor<WebhooksOptions> options, TimeProvider time,
    ILogger<DeliveryWorker> logger) : BackgroundService
{
    private readonly Dictionary<Task, (Guid DeliveryId, Guid LockId)> _running = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.CurrentValue.Delivery.RunWorker)
        {
            logger.LogInformation("Webhooks:Delivery:RunWorker is off: this replica sends no webhooks");
            return;
        }
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var claimedAll = false;
                if (migrations.Completed)
                {
                    try
                    {
                        claimedAll = await ClaimAsync(stoppingToken);
                    }
                    catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                    {
                        logger.LogWarning(exception, "Claiming due webhook deliveries failed; trying again shortly");
                    }
                }
                if (!claimedAll)
                {
                    await WaitAsync(stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            await StopAttemptsAsync();
        }
    }

    /// <summary>Claims due deliveries for the free slots and starts them; true when every free slot got one (more may be due).</summary>
    private async Task<bool> ClaimAsync(CancellationToken stoppingToken)
    {
        foreach (var finished in _running.Keys.Where(t => t.IsCompleted).ToList())
        {
            _running.Remove(finished);
        }
        var free = options.CurrentValue.Delivery.MaxConcurrentAttempts - _running.Count;
        if (free <= 0)
        {
            return false;
        }
        var lockId = Guid.CreateVersion7();
        IReadOnlyList<Guid> claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            claimed = await scope.ServiceProvider.GetRequiredService<ClaimDueDeliveries>().ExecuteAsync(lockId, free, stoppingToken);
        }
        foreach (var deliveryId in claimed)
        {
            _running[AttemptAsync(deliveryId, lockId, stoppingToken)] = (deliveryId, lockId);
        }
        return claimed.Count == free;
    }

    private async Task AttemptAsync(Guid deliveryId, Guid lockId, CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var report = await scope.ServiceProvider.GetRequiredService<AttemptDelivery>().ExecuteAsync(deliveryId, lockId, stoppingToken);
            switch (report.Kind)
            {
                case AttemptReportKind.LeaseLost:
                    logger.LogWarning("Webhook delivery {DeliveryId}: the lease was taken over before the attempt was recorded", deliveryId);
                    break;
                case AttemptReportKind.Abandoned:
                    logger.LogInformation("Webhook delivery {DeliveryId} failed without an attempt: its endpoint is disabled", deliveryId);
                    break;
                case AttemptReportKind.Recorded when report.EndpointDisabled:
                    logger.LogWarning("Webhook delivery {DeliveryId}: {Outcome}, and its endpoint is now disabled", deliveryId, report.Outcome);
                    break;
                default:
                    logger.LogDebug("Webhook delivery {DeliveryId}: {Outcome}", deliveryId, report.Outcome);
                    break;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            // The lease runs out and the delivery is attempted again then (a database outage, an unreadable secret).
            logger.LogError(exception, "Webhook delivery {DeliveryId}: the attempt failed; it is tried again when its lease runs out", deliveryId);
        }
    }

    /// <summary>Sleeps until something may be due: a signal, an attempt finishing, the next due time, or the poll interval.</summary>
    private async Task WaitAsync(CancellationToken stoppingToken)
    {
        var wait = options.CurrentValue.Delivery.PollInterval;
        if (migrations.Completed)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var nextDue = await scope.ServiceProvider.GetRequiredService<ClaimDueDeliveries>().NextDueAsync(stoppingToken);
                if (nextDue - time.GetUtcNow() is { } untilDue && untilDue > TimeSpan.Zero && untilDue < wait)
                {
                    wait = untilDue;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogDebug(exception, "Looking up the next due webhook delivery failed");
            }
        }
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        await Task.WhenAny([Task.Delay(wait, time, wake.Token), signal.WaitAsync(wake.Token), .. _running.Keys]);
        await wake.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
    }

    /// <summary>Waits for the attempts under way to end (they were cancelled with the stopping token) and gives back the leases of those not recorded.</summary>
    private async Task StopAttemptsAsync()
    {
        foreach (var (task, (deliveryId, lockId)) in _running)
        {
            try
            {
                await task;
            }
            catch (OperationCanceledException)
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                    await scope.ServiceProvider.GetRequiredService<ClaimDueDeliveries>().ReleaseAsync(deliveryId, lockId, timeout.Token);
                }
                catch (Exception exception)
                {
                    logger.LogWarning(exception, "Webhook delivery {DeliveryId}: giving back its lease failed; it is attempted when the lease runs out", deliveryId);
                }
            }
        }
        _running.Clear();
    }
}
