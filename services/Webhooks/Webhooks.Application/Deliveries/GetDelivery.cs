using AiVideo.Webhooks.Application.Common;

namespace AiVideo.Webhooks.Application.Deliveries;

/// <summary>One of the company's deliveries with its attempts (another company's is not found).</summary>
public sealed class GetDelivery(IWebhookDeliveries deliveries)
{
    public async Task<Result<DeliveryView>> ExecuteAsync(Caller caller, Guid deliveryId, CancellationToken cancellationToken)
    {
        if (caller.RequireAdmin() is { } denied)
        {
            return denied;
        }
        return await deliveries.FindAsync(deliveryId, caller.CompanyId, cancellationToken) is { } delivery
            ? DeliveryView.Of(delivery)
            : DeliveryErrors.NotFound;
    }
}
