using AiVideo.BuildingBlocks.Idempotency;
using AiVideo.Webhooks.Application.WebhookEndpoints;

namespace AiVideo.Webhooks.Api.Endpoints;

/// <summary>
/// Answers a repeated endpoint creation (same <c>Idempotency-Key</c> and body) from the endpoint it created, without its
/// signing secret: that was shown once and is kept only encrypted, for signing, never in the idempotency store.
/// </summary>
public sealed class EndpointCreationReplay(GetEndpoint get) : IIdempotentReplay
{
    public const string SecretNotice =
        "This repeats an earlier creation of this endpoint: its secret was shown only in the first answer. "
        + "If it was lost, rotate the endpoint's secret (POST /api/webhook-endpoints/{id}/rotate-secret).";

    /// <summary>The endpoint without its secret, and why.</summary>
    public sealed record ReplayedEndpoint(EndpointView Endpoint, string? Secret, string SecretNotice);

    public async Task<IResult> ReplayAsync(HttpContext http, string resourceId, CancellationToken cancellationToken) =>
        (await get.ExecuteAsync(http.User.ToCaller(), Guid.Parse(resourceId), cancellationToken))
            .ToHttp(endpoint => TypedResults.Created($"/api/webhook-endpoints/{endpoint.Id}", new ReplayedEndpoint(endpoint, null, SecretNotice)));
}
