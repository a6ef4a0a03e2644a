using AiVideo.Webhooks.Application.Common;

namespace AiVideo.Webhooks.Application.WebhookEndpoints;

/// <summary>One of the company's endpoints (another company's is not found).</summary>
public sealed class GetEndpoint(IWebhookEndpoints endpoints, TimeProvider time)
{
    public async Task<Result<EndpointView>> ExecuteAsync(Caller caller, Guid endpointId, CancellationToken cancellationToken)
    {
        if (caller.RequireAdmin() is { } denied)
        {
            return denied;
        }
        return await endpoints.FindAsync(endpointId, caller.CompanyId, cancellationToken) is { } endpoint
            ? EndpointView.Of(endpoint, time.GetUtcNow())
            : EndpointErrors.NotFound;
    }
}
