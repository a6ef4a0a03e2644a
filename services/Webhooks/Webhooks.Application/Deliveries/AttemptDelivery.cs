using AiVideo.Webhooks.Application.Outbound;

namespace AiVideo.Webhooks.Application.Deliveries;

/// <summary>
/// One attempt of a delivery the worker claimed: signs the body for the endpoint's current secrets (both during a
/// rotation), sends it to the endpoint through the guarded client, and records the answer on the delivery and its
/// endpoint in one transaction, with the endpoint locked so concurrent attempts to it take turns. The waits between
/// attempts count from the start of each. A delivery of a disabled endpoint fails without an attempt. If the lease was
/// taken over meanwhile (the attempt outlived it), nothing is recorded: the other worker's attempt counts.
/// </summary>
public sealed class AttemptDelivery(
    IWebhookDeliveries deliveries, IWebhookEndpoints endpoints, WebhookRequests requests, IWebhookSender sender, IUnitOfWork unitOfWork,
    IOptionsMonitor<WebhooksOptions> options, TimeProvider time)
{
    public async Task<AttemptReport> ExecuteAsync(Guid deliveryId, Guid lockId, CancellationToken cancellationToken)
    {
        var delivery = await deliveries.FindLeasedAsync(deliveryId, lockId, cancellationToken);
        if (delivery is null)
        {
            return AttemptReport.LeaseLost;
        }
        var endpoint = await endpoints.FindAsync(delivery.EndpointId, cancellationToken);
        if (endpoint is null || !endpoint.IsEnabled)
        {
            delivery.Abandon("endpoint_disabled", time.GetUtcNow());
            return await unitOfWork.TrySaveChangesAsync(cancellationToken) ? AttemptReport.Abandoned : AttemptReport.LeaseLost;
        }

        var startedAt = time.GetUtcNow();
        var result = await sender.SendAsync(requests.For(delivery, endpoint), cancellationToken);

        var schedule = options.CurrentValue.Delivery.Schedule();
        return await unitOfWork.InTransactionAsync(async () =>
        {
            var locked = await endpoints.LockAsync(endpoint.Id, cancellationToken);
            if (locked is null)
            {
                return AttemptReport.LeaseLost; // deleted while the attempt was under way, and its deliveries with it
            }
            var recorded = DeliveryAttempts.Record(delivery, locked, result, schedule, Random.Shared.NextDouble(), startedAt);
            return await unitOfWork.TrySaveChangesAsync(cancellationToken) ? AttemptReport.Recorded(recorded) : AttemptReport.LeaseLost;
        }, cancellationToken);
    }
}
