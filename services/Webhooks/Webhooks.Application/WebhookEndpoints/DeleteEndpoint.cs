using AiVideo.Webhooks.Application.Common;

namespace AiVideo.Webhooks.Application.WebhookEndpoints;

/// <summary>A company admin removes an endpoint, and with it its deliveries (pending ones are not sent) and their log.</summary>
public sealed class DeleteEndpoint(IWebhookEndpoints endpoints, IUnitOfWork unitOfWork)
{
    public async Task<Result> ExecuteAsync(Caller caller, Guid endpointId, CancellationToken cancellationToken)
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
        endpoints.Remove(endpoint);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }
}
