using AiVideo.Webhooks.Application.Common;
using AiVideo.Webhooks.Application.Outbound;

namespace AiVideo.Webhooks.Application.WebhookEndpoints;

/// <summary>
/// A company admin replaces an endpoint's secret. The new one is returned once; the old one keeps signing next to it
/// for <see cref="WebhookEndpoint.PreviousSecretLifetime"/>, so the receiver can switch without refusing a message.
/// </summary>
public sealed class RotateEndpointSecret(EndpointSecrets secrets, IWebhookEndpoints endpoints, IUnitOfWork unitOfWork, TimeProvider time)
{
    public async Task<Result<EndpointWithSecret>> ExecuteAsync(Caller caller, Guid endpointId, CancellationToken cancellationToken)
    {
        if (caller.RequireAdmin() is { } denied)
        {
            return denied;
        }
        return await unitOfWork.InTransactionAsync(() => RotateAsync(caller, endpointId, cancellationToken), cancellationToken);
    }

    /// <summary>With the endpoint locked, so a delivery attempt recorded meanwhile waits instead of making the rotation fail.</summary>
    private async Task<Result<EndpointWithSecret>> RotateAsync(Caller caller, Guid endpointId, CancellationToken cancellationToken)
    {
        var endpoint = await endpoints.LockAsync(endpointId, caller.CompanyId, cancellationToken);
        if (endpoint is null)
        {
            return EndpointErrors.NotFound;
        }
        var now = time.GetUtcNow();
        var (secret, protectedSecret) = secrets.New(endpoint.Id);
        endpoint.RotateSecret(protectedSecret, now);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new EndpointWithSecret(EndpointView.Of(endpoint, now), secret.Value);
    }
}
