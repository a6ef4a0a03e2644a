using AiVideo.Webhooks.Application.Common;

namespace AiVideo.Webhooks.Application.WebhookEndpoints;

/// <summary>
/// A company admin removes an endpoint, and with it its deliveries (pending ones are not sent) and their log. An attempt
/// under way at that moment is not recorded anywhere.
/// </summary>
public sealed class DeleteEndpoint(IWebhookEndpoints endpoints)
{
    public async Task<Result> ExecuteAsync(Caller caller, Guid endpointId, CancellationToken cancellationToken)
    {
        if (caller.RequireAdmin() is { } denied)
        {
            return denied;
        }
        return await endpoints.DeleteAsync(endpointId, caller.CompanyId, cancellationToken) ? Result.Success : EndpointErrors.NotFound;
    }
}
