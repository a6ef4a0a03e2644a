using AiVideo.BuildingBlocks.Paging;
using AiVideo.SharedKernel.Paging;

namespace AiVideo.Webhooks.Infrastructure.Repositories;

internal sealed class EfWebhookEndpoints(WebhooksContext db) : IWebhookEndpoints
{
    public void Add(WebhookEndpoint endpoint) => db.Endpoints.Add(endpoint);

    public async Task<bool> DeleteAsync(Guid endpointId, Guid companyId, CancellationToken cancellationToken) =>
        // One statement without the row version: deleting wins over an attempt being recorded (the database cascades to deliveries and attempts).
        await db.Endpoints.Where(e => e.Id == endpointId && e.CompanyId == companyId).ExecuteDeleteAsync(cancellationToken) == 1;

    public Task<WebhookEndpoint?> FindAsync(Guid endpointId, Guid companyId, CancellationToken cancellationToken) =>
        db.Endpoints.FirstOrDefaultAsync(e => e.Id == endpointId && e.CompanyId == companyId, cancellationToken);

    public Task<WebhookEndpoint?> FindAsync(Guid endpointId, CancellationToken cancellationToken) =>
        db.Endpoints.FirstOrDefaultAsync(e => e.Id == endpointId, cancellationToken);

    public async Task<WebhookEndpoint?> LockAsync(Guid endpointId, CancellationToken cancellationToken)
    {
        ForgetUnchanged(endpointId);
        return await db.Endpoints.FromSql($"SELECT *, xmin FROM webhook_endpoints WHERE id = {endpointId} FOR UPDATE").FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<WebhookEndpoint?> LockAsync(Guid endpointId, Guid companyId, CancellationToken cancellationToken)
    {
        ForgetUnchanged(endpointId);
        return await db.Endpoints.FromSql($"SELECT *, xmin FROM webhook_endpoints WHERE id = {endpointId} AND company_id = {companyId} FOR UPDATE")
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Read afresh under the row lock even if this scope loaded the endpoint before.</summary>
    private void ForgetUnchanged(Guid endpointId)
    {
        foreach (var entry in db.ChangeTracker.Entries<WebhookEndpoint>().Where(e => e.Entity.Id == endpointId && e.State == EntityState.Unchanged).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    public Task<CursorPage<WebhookEndpoint>> ListAsync(Guid companyId, PageRequest page, CancellationToken cancellationToken) =>
        db.Endpoints.AsNoTracking().Where(e => e.CompanyId == companyId).ToCursorPageAsync(e => e.Id, page, cancellationToken);

    public async Task<IReadOnlyList<WebhookEndpoint>> SubscribedAsync(Guid companyId, string eventType, CancellationToken cancellationToken) =>
        await db.Endpoints.AsNoTracking()
            .Where(e => e.CompanyId == companyId && e.DisabledAt == null && (eventType == WebhookEventTypes.Ping || e.EventTypes.Contains(eventType)))
            .OrderBy(e => e.Id)
            .ToListAsync(cancellationToken);
}
