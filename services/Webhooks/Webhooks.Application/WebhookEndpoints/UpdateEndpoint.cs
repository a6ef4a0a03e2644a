using AiVideo.Webhooks.Application.Common;
using AiVideo.Webhooks.Application.Destinations;

namespace AiVideo.Webhooks.Application.WebhookEndpoints;

/// <summary>
/// A company admin changes an endpoint (a PATCH: what the command leaves null stays as it is; an empty description
/// clears it). A new URL is checked like a new endpoint's. Enabling a disabled endpoint starts its failure record over;
/// disabling one stops its pending deliveries when they next come due.
/// </summary>
public sealed class UpdateEndpoint(WebhookUrlGuard guard, IWebhookEndpoints endpoints, IUnitOfWork unitOfWork, TimeProvider time)
{
    public sealed record Command(string? Url, IReadOnlyList<string>? EventTypes, string? Description, bool? Enabled);

    public async Task<Result<EndpointView>> ExecuteAsync(Caller caller, Guid endpointId, Command command, CancellationToken cancellationToken)
    {
        if (caller.RequireAdmin() is { } denied)
        {
            return denied;
        }
        if (command.Url is not null && await guard.CheckAsync(command.Url, cancellationToken) is { IsSuccess: false } refused)
        {
            return refused.Error;
        }
        return await unitOfWork.InTransactionAsync(() => ChangeAsync(caller, endpointId, command, cancellationToken), cancellationToken);
    }

    /// <summary>With the endpoint locked, so a delivery attempt recorded meanwhile waits instead of making this change fail.</summary>
    private async Task<Result<EndpointView>> ChangeAsync(Caller caller, Guid endpointId, Command command, CancellationToken cancellationToken)
    {
        var endpoint = await endpoints.LockAsync(endpointId, caller.CompanyId, cancellationToken);
        if (endpoint is null)
        {
            return EndpointErrors.NotFound;
        }

        var now = time.GetUtcNow();
        var updated = endpoint.Update(command.Url ?? endpoint.Url, command.EventTypes ?? endpoint.EventTypes, command.Description ?? endpoint.Description, now);
        if (!updated.IsSuccess)
        {
            return updated.Error;
        }
        switch (command.Enabled)
        {
            case true:
                endpoint.Enable(now);
                break;
            case false:
                endpoint.Disable(EndpointDisabledReason.ByUser, now);
                break;
        }
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return EndpointView.Of(endpoint, now);
    }
}
