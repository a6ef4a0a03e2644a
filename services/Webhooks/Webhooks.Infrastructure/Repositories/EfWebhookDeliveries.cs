using AiVideo.BuildingBlocks.Paging;
using AiVideo.SharedKernel.Paging;

namespace AiVideo.Webhooks.Infrastructure.Repositories;

internal sealed class EfWebhookDeliveries(WebhooksContext db) : IWebhookDeliveries
{
    public void Add(WebhookDelivery delivery) => db.Deliveries.Add(delivery);

    public async Task<IReadOnlySet<Guid>> EndpointsWithMessageAsync(string messageId, IReadOnlyCollection<Guid> endpointIds, CancellationToken cancellationToken)
    {
        var ids = endpointIds.ToList();
        var found = await db.Deliveries.AsNoTracking()
            .Where(d => d.MessageId == messageId && ids.Contains(d.EndpointId))
            .Select(d => d.EndpointId)
            .ToListAsync(cancellationToken);
        return found.ToHashSet();
    }

    public Task<WebhookDelivery?> FindAsync(Guid deliveryId, Guid companyId, CancellationToken cancellationToken) =>
        db.Deliveries.Include(d => d.Attempts).FirstOrDefaultAsync(d => d.Id == deliveryId && d.CompanyId == companyId, cancellationToken);

    public Task<CursorPage<WebhookDelivery>> ForEndpointAsync(Guid endpointId, Guid companyId, PageRequest page, CancellationToken cancellationToken) =>
        db.Deliveries.AsNoTracking().Include(d => d.Attempts)
            .Where(d => d.EndpointId == endpointId && d.CompanyId == companyId)
            .ToCursorPageAsync(d => d.Id, page, cancellationToken);

    public async Task<IReadOnlyList<WebhookDelivery>> ClaimDueAsync(Guid lockId, int limit, TimeSpan lease, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The status is written out, not a parameter, so the planner can use the partial index ix_webhook_deliveries_due.
        var until = now + lease;
        var claimed = await db.Database.SqlQuery<Guid>($"""
            UPDATE webhook_deliveries AS d
            SET lock_id = {lockId}, locked_until = {until}
            FROM (
                SELECT id FROM webhook_deliveries
                WHERE status = 'Pending' AND next_attempt_at <= {now} AND (locked_until IS NULL OR locked_until <= {now})
                ORDER BY next_attempt_at
                LIMIT {limit}
                FOR UPDATE SKIP LOCKED
            ) AS due
            WHERE d.id = due.id
            RETURNING d.id AS "Value"
            """).ToListAsync(cancellationToken);
        if (claimed.Count == 0)
        {
            return [];
        }
        // Any copies this scope tracked are stale now: read the claimed rows afresh.
        foreach (var entry in db.ChangeTracker.Entries<WebhookDelivery>().Where(e => claimed.Contains(e.Entity.Id)).ToList())
        {
            entry.State = EntityState.Detached;
        }
        return await db.Deliveries.Include(d => d.Attempts)
            .Where(d => claimed.Contains(d.Id))
            .OrderBy(d => d.NextAttemptAt)
            .ToListAsync(cancellationToken);
    }

    public Task<WebhookDelivery?> FindLeasedAsync(Guid deliveryId, Guid lockId, CancellationToken cancellationToken) =>
        // Attempts are not loaded: a new one is added by its key (delivery id and number), and the count is on the delivery.
        db.Deliveries.FirstOrDefaultAsync(d => d.Id == deliveryId && d.LockId == lockId && d.Status == DeliveryStatus.Pending, cancellationToken);

    public Task ReleaseAsync(Guid deliveryId, Guid lockId, CancellationToken cancellationToken) =>
        db.Deliveries.Where(d => d.Id == deliveryId && d.LockId == lockId)
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.LockId, (Guid?)null).SetProperty(d => d.LockedUntil, (DateTimeOffset?)null), cancellationToken);

    public Task<int> DeleteFinishedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        db.Deliveries.Where(d => d.Status != DeliveryStatus.Pending && d.CompletedAt < before).ExecuteDeleteAsync(cancellationToken);

    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken) =>
        await db.Deliveries.AsNoTracking()
            .Where(d => d.Status == DeliveryStatus.Pending)
            .OrderBy(d => d.NextAttemptAt)
            .Select(d => d.NextAttemptAt)
            .FirstOrDefaultAsync(cancellationToken);
}
