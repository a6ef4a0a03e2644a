using AiVideo.Webhooks.Application.Common;
using AiVideo.Webhooks.Application.WebhookEndpoints;

namespace AiVideo.Webhooks.Application.Deliveries;

/// <summary>
/// A company admin sends a finished delivery again: its retry schedule starts over with an attempt now, carrying the
/// same <c>webhook-id</c> and body. A delivery still pending is already being attempted (409); so is one whose endpoint
/// is disabled (409: enable it first).
/// </summary>
public sealed class RetryDelivery(IWebhookDeliveries deliveries, IWebhookEndpoints endpoints, IUnitOfWork unitOfWork, TimeProvider time)
{
    public async Task<Result<DeliveryView>> ExecuteAsync(Caller caller, Guid deliveryId, CancellationToken cancellationToken)
    {
        if (caller.RequireAdmin() is { } denied)
        {
            return denied;
        }
        var delivery = await deliveries.FindAsync(deliveryId, caller.CompanyId, cancellationToken);
        if (delivery is null)
        {
            return DeliveryErrors.NotFound;
        }
        var endpoint = await endpoints.FindAsync(delivery.EndpointId, caller.CompanyId, cancellationToken);
        if (endpoint is null)
        {
            return DeliveryErrors.NotFound;
        }
        if (!endpoint.IsEnabled)
        {
            return EndpointErrors.Disabled;
        }
        if (delivery.Retry(time.GetUtcNow()) is { IsSuccess: false } refused)
        {
            return refused.Error;
        }
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return DeliveryView.Of(delivery);
    }
}
