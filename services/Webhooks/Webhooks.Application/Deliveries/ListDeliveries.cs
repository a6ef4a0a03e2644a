using AiVideo.SharedKernel.Paging;
using AiVideo.Webhooks.Application.Common;
using AiVideo.Webhooks.Application.WebhookEndpoints;

namespace AiVideo.Webhooks.Application.Deliveries;

/// <summary>An endpoint's deliveries, newest first, each with every attempt.</summary>
public sealed class ListDeliveries(IWebhookEndpoints endpoints, IWebhookDeliveries deliveries)
{
    public async Task<Result<CursorPage<DeliveryView>>> ExecuteAsync(Caller caller, Guid endpointId, PageRequest page, CancellationToken cancellationToken)
    {
        if (caller.RequireAdmin() is { } denied)
        {
            return denied;
        }
        if (await endpoints.FindAsync(endpointId, caller.CompanyId, cancellationToken) is null)
        {
            return EndpointErrors.NotFound;
        }
        return (await deliveries.ForEndpointAsync(endpointId, caller.CompanyId, page, cancellationToken)).Map(DeliveryView.Of);
    }
}
