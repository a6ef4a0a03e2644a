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

    public Task<WebhookEndpoint?> LockAsync(Guid endpointId, CancellationToken cancellationToken) =>
        LockAsync(endpointId, db.Endpoints.FromSql($"SELECT *, xmin FROM webhook_endpoints WHERE id = {endpointId} FOR UPDATE"), cancellationToken);

    public Task<WebhookEndpoint?> LockAsync(Guid endpointId, Guid companyId, CancellationToken cancellationToken) =>
        LockAsync(endpointId, db.Endpoints.FromSql($"SELECT *, xmin FROM webhook_endpoints WHERE id = {endpointId} AND company_id = {companyId} FOR UPDATE"),
            cancellationToken);

    /// <summary>
    /// Takes the row lock and returns the endpoint as it is now. A copy this scope loaded before keeps its old values
    /// through the query (the change tracker's copy wins), so an unchanged one is reloaded under the lock. It is not
    /// detached instead: detaching an endpoint detaches the deliveries tracked with it (the relationship cascades), and
    /// an attempt recorded on such a delivery would silently not be saved.
    /// </summary>
    private async Task<WebhookEndpoint?> LockAsync(Guid endpointId, IQueryable<WebhookEndpoint> lockQuery, CancellationToken cancellationToken)
    {
        var loadedBefore = db.ChangeTracker.Entries<WebhookEndpoint>().Any(e => e.Entity.Id == endpointId && e.State == EntityState.Unchanged);
        var endpoint = await lockQuery.SingleOrDefaultAsync(cancellationToken);
        if (endpoint is not null && loadedBefore)
        {
            await db.Entry(endpoint).ReloadAsync(cancellationToken);
        }
        return endpoint;
    }

    public Task<CursorPage<WebhookEndpoint>> ListAsync(Guid companyId, PageRequest page, CancellationToken cancellationToken) =>
        db.Endpoints.AsNoTracking().Where(e => e.CompanyId == companyId).ToCursorPageAsync(e => e.Id, page, cancellationToken);

    public async Task<IReadOnlyList<WebhookEndpoint>> SubscribedAsync(Guid companyId, string eventType, CancellationToken cancellationToken) =>
        await db.Endpoints.AsNoTracking()
            .Where(e => e.CompanyId == companyId && e.DisabledAt == null && (eventType == WebhookEventTypes.Ping || e.EventTypes.Contains(eventType)))
            .OrderBy(e => e.Id)
            .ToListAsync(cancellationToken);
}
