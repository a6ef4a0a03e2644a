using AiVideo.Webhooks.Application.Common;
using AiVideo.Webhooks.Application.Destinations;
using AiVideo.Webhooks.Application.Outbound;

namespace AiVideo.Webhooks.Application.WebhookEndpoints;

/// <summary>
/// A company admin adds an endpoint: an https URL that reaches only public addresses (checked by resolving it now),
/// the event types it receives, a description, and whether it starts enabled. Its secret is made here and returned once.
/// </summary>
public sealed class CreateEndpoint(WebhookUrlGuard guard, EndpointSecrets secrets, IWebhookEndpoints endpoints, IUnitOfWork unitOfWork, TimeProvider time)
{
    public sealed record Command(string? Url, IReadOnlyList<string>? EventTypes, string? Description, bool? Enabled);

    public async Task<Result<EndpointWithSecret>> ExecuteAsync(Caller caller, Command command, CancellationToken cancellationToken)
    {
        if (caller.RequireAdmin() is { } denied)
        {
            return denied;
        }
        var now = time.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var (secret, protectedSecret) = secrets.New(id);
        var endpoint = WebhookEndpoint.Create(id, caller.CompanyId, command.Url, command.EventTypes, command.Description, command.Enabled ?? true, protectedSecret, now);
        if (!endpoint.IsSuccess)
        {
            return endpoint.Error;
        }
        if (await guard.CheckAsync(command.Url, cancellationToken) is { IsSuccess: false } refused)
        {
            return refused.Error;
        }

        endpoints.Add(endpoint.Value);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new EndpointWithSecret(EndpointView.Of(endpoint.Value, now), secret.Value);
    }
}
