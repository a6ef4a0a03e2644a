namespace AiVideo.Webhooks.Application.Inbound;

/// <summary>
/// A callback whose signature was checked: which provider, the provider's event id (or <c>sha256:&lt;hex&gt;</c> of the
/// body when the provider sends none: the receipt's dedupe key), the event type, the provider's job id, and the body.
/// </summary>
public sealed record VerifiedCallback(string Provider, string EventId, string EventType, string? ProviderJobId, string Payload);
