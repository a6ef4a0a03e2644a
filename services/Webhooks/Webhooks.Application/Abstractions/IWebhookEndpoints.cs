using AiVideo.SharedKernel.Paging;

namespace AiVideo.Webhooks.Application.Abstractions;

/// <summary>Customers' endpoints. Lookups by company treat another company's endpoint as absent.</summary>
public interface IWebhookEndpoints
{
    void Add(WebhookEndpoint endpoint);

    /// <summary>
    /// Deletes the company's endpoint with its deliveries and their attempts at once, whatever an attempt recorded on it
    /// meanwhile; false when the company has no such endpoint.
    /// </summary>
    Task<bool> DeleteAsync(Guid endpointId, Guid companyId, CancellationToken cancellationToken);

    Task<WebhookEndpoint?> FindAsync(Guid endpointId, Guid companyId, CancellationToken cancellationToken);

    /// <summary>Any company's endpoint (for the delivery worker).</summary>
    Task<WebhookEndpoint?> FindAsync(Guid endpointId, CancellationToken cancellationToken);

    /// <summary>
    /// Any company's endpoint, read afresh and locked (<c>FOR UPDATE</c>) until the transaction ends: for recording an
    /// attempt's effect on it, so concurrent attempts to one endpoint take turns instead of conflicting.
    /// </summary>
    Task<WebhookEndpoint?> LockAsync(Guid endpointId, CancellationToken cancellationToken);

    /// <summary>The company's endpoint, read afresh and locked until the transaction ends: for an admin's change that must not collide with the worker's.</summary>
    Task<WebhookEndpoint?> LockAsync(Guid endpointId, Guid companyId, CancellationToken cancellationToken);

    /// <summary>The company's endpoints, newest first.</summary>
    Task<CursorPage<WebhookEndpoint>> ListAsync(Guid companyId, PageRequest page, CancellationToken cancellationToken);

    /// <summary>The company's enabled endpoints that subscribe to <paramref name="eventType"/> (where an event fans out to).</summary>
    Task<IReadOnlyList<WebhookEndpoint>> SubscribedAsync(Guid companyId, string eventType, CancellationToken cancellationToken);
}
