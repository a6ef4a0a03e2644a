namespace AiVideo.Webhooks.Application.Deliveries;

/// <summary>
/// The delivery worker's claim: up to n due deliveries leased to one worker for <c>Webhooks:Delivery:Lease</c>, so no
/// other replica attempts them meanwhile, and when the next one comes due.
/// </summary>
public sealed class ClaimDueDeliveries(IWebhookDeliveries deliveries, IOptionsMonitor<WebhooksOptions> options, TimeProvider time)
{
    /// <summary>The ids of the deliveries now leased to <paramref name="lockId"/>, earliest due first.</summary>
    public async Task<IReadOnlyList<Guid>> ExecuteAsync(Guid lockId, int limit, CancellationToken cancellationToken)
    {
        var claimed = await deliveries.ClaimDueAsync(lockId, limit, options.CurrentValue.Delivery.Lease, time.GetUtcNow(), cancellationToken);
        return claimed.Select(d => d.Id).ToList();
    }

    /// <summary>When the earliest pending delivery is due (it may be leased by a worker already), or null when none is pending.</summary>
    public Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken) => deliveries.NextDueAsync(cancellationToken);

    /// <summary>Gives a claimed delivery back without an attempt (the worker is stopping), so it is due again at once.</summary>
    public Task ReleaseAsync(Guid deliveryId, Guid lockId, CancellationToken cancellationToken) => deliveries.ReleaseAsync(deliveryId, lockId, cancellationToken);
}
