namespace AiVideo.Contracts;

/// <summary>Webhooks verified and stored a provider's callback (Mux, Cloudflare Stream, Replicate, OpenAI).</summary>
public sealed record ProviderCallbackReceived(
    Guid ReceiptId,
    string Provider,
    string EventType,
    string? ProviderJobId,
    string Payload,
    DateTimeOffset ReceivedAt);
