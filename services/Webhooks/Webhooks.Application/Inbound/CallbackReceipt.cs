namespace AiVideo.Webhooks.Application.Inbound;

/// <summary>The answer to an accepted callback: what was received, and whether it had been received before.</summary>
public sealed record CallbackReceipt(string Provider, string EventId, string EventType, bool Duplicate);
