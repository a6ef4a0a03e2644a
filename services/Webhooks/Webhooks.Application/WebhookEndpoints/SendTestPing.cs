using AiVideo.Webhooks.Application.Common;
using AiVideo.Webhooks.Application.Deliveries;
using AiVideo.Webhooks.Application.Outbound;

namespace AiVideo.Webhooks.Application.WebhookEndpoints;

/// <summary>
/// A company admin asks for a <c>ping</c> to an endpoint, to see that it is reached and verifies signatures: a delivery
/// like any other (its own <c>webhook-id</c>, signed, retried on failure), to be followed in the endpoint's log.
/// </summary>
public sealed class SendTestPing(IWebhookEndpoints endpoints, IWebhookDeliveries deliveries, IUnitOfWork unitOfWork, TimeProvider time)
{
    public async Task<Result<DeliveryView>> ExecuteAsync(Caller caller, Guid endpointId, CancellationToken cancellationToken)
    {
        if (caller.RequireAdmin() is { } denied)
        {
            return denied;
        }
        var endpoint = await endpoints.FindAsync(endpointId, caller.CompanyId, cancellationToken);
        if (endpoint is null)
        {
            return EndpointErrors.NotFound;
        }
        if (!endpoint.IsEnabled)
        {
            return EndpointErrors.Disabled;
        }
        var now = time.GetUtcNow();
        var payload = WebhookPayload.Serialize(WebhookEventTypes.Ping, now, new PingData(endpoint.Id, "A test message, sent on request."));
        var delivery = WebhookDelivery.Create(endpoint, WebhookMessageId.New(now), WebhookEventTypes.Ping, payload, now);
        deliveries.Add(delivery);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return DeliveryView.Of(delivery);
    }
}
