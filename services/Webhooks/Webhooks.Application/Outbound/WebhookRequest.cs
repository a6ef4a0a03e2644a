namespace AiVideo.Webhooks.Application.Outbound;

/// <summary>One attempt to send: where, the signed headers, and the exact body bytes the signatures cover.</summary>
public sealed record WebhookRequest(Uri Url, WebhookHeaders Headers, ReadOnlyMemory<byte> Body);
