using AiVideo.SharedKernel.Paging;

namespace AiVideo.Webhooks.Application.Abstractions;

/// <summary>Customers' endpoints. Lookups by company treat another company's endpoint as absent.</summary>
public interface IWebhookEndpoints
{
    void Add(WebhookEndpoint endpoint);

    /// <summary>Removes the endpoint with its deliveries and their attempts.</summary>
    void Remove(WebhookEndpoint endpoint);

    Task<WebhookEndpoint?> FindAsync(Guid endpointId, Guid companyId, CancellationToken cancellationToken);

    /// <summary>Any company's endpoint (for the delivery worker).</summary>
    Task<WebhookEndpoint?> FindAsync(Guid endpointId, CancellationToken cancellationToken);

    /// <summary>
    /// Any company's endpoint, read afresh and locked (<c>FOR UPDATE</c>) until the transaction ends: for recording an
    /// attempt's effect on it, so concurrent attempts to one endpoint take turns instead of conflicting.
    /// </summary>
    Task<WebhookEndpoint?> LockAsync(Guid endpointId, CancellationToken cancellationToken);

    /// <summary>The company's endpoints, newest first.</summary>
    Task<CursorPage<WebhookEndpoint>> ListAsync(Guid companyId, PageRequest page, CancellationToken cancellationToken);

    /// <summary>The company's enabled endpoints that subscribe to <paramref name="eventType"/> (where an event fans out to).</summary>
    Task<IReadOnlyList<WebhookEndpoint>> SubscribedAsync(Guid companyId, string eventType, CancellationToken cancellationToken);
}
