namespace AiVideo.Webhooks.Application.WebhookEndpoints;

/// <summary>The <c>data</c> of a <c>ping</c>: the endpoint it was sent to and a message saying what it is.</summary>
public sealed record PingData(Guid EndpointId, string Message);
