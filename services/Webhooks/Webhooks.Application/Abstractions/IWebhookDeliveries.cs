using AiVideo.SharedKernel.Paging;

namespace AiVideo.Webhooks.Application.Abstractions;

/// <summary>Deliveries and their attempts (always loaded together).</summary>
public interface IWebhookDeliveries
{
    void Add(WebhookDelivery delivery);

    /// <summary>The endpoints among <paramref name="endpointIds"/> that already have a delivery of the message (an event consumed twice makes it once).</summary>
    Task<IReadOnlySet<Guid>> EndpointsWithMessageAsync(string messageId, IReadOnlyCollection<Guid> endpointIds, CancellationToken cancellationToken);

    Task<WebhookDelivery?> FindAsync(Guid deliveryId, Guid companyId, CancellationToken cancellationToken);

    /// <summary>An endpoint's deliveries, newest first, with every attempt.</summary>
    Task<CursorPage<WebhookDelivery>> ForEndpointAsync(Guid endpointId, Guid companyId, PageRequest page, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="limit"/> due deliveries for one worker, earliest due first: pending, due by
    /// <paramref name="now"/>, not leased by a worker whose lease still runs. Each is leased to <paramref name="lockId"/>
    /// until <paramref name="now"/> + <paramref name="lease"/> in one statement (<c>FOR UPDATE SKIP LOCKED</c>), so
    /// concurrent workers never claim the same delivery. Recording an attempt on a delivery whose lease was taken over
    /// fails with a concurrency conflict when saved.
    /// </summary>
    Task<IReadOnlyList<WebhookDelivery>> ClaimDueAsync(Guid lockId, int limit, TimeSpan lease, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The delivery, tracked, if it is still pending and leased to <paramref name="lockId"/> (null once the lease was taken over).</summary>
    Task<WebhookDelivery?> FindLeasedAsync(Guid deliveryId, Guid lockId, CancellationToken cancellationToken);

    /// <summary>Gives up a lease without an attempt (a worker shutting down), so the delivery is due again at once.</summary>
    Task ReleaseAsync(Guid deliveryId, Guid lockId, CancellationToken cancellationToken);

    /// <summary>Deletes succeeded and failed deliveries (with their attempts) that finished before <paramref name="before"/>; returns how many.</summary>
    Task<int> DeleteFinishedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken);

    /// <summary>When the earliest pending delivery is due (for a worker to sleep until), or null when none is pending.</summary>
    Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken);
}
