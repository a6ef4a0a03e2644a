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
        var endpoint = await endpoints.FindAsync(endpointId, caller.CompanyId, cancellationToken);
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
