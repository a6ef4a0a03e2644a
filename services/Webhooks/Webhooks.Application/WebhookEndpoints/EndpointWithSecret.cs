namespace AiVideo.Webhooks.Application.WebhookEndpoints;

/// <summary>An endpoint with its new signing secret (<c>whsec_…</c>): the answer to creating it or rotating its secret, the one time the secret is shown.</summary>
public sealed record EndpointWithSecret(EndpointView Endpoint, string Secret);
