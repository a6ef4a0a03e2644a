namespace AiVideo.Webhooks.Domain.Inbound;

/// <summary>
/// A provider's verified callback, kept once: the provider's event id (or, where the provider sends none, a hash of the
/// body) is unique per provider, so a callback delivered again is recognised and not passed on twice.
/// </summary>
public sealed class InboundReceipt
{
    public const int MaxProviderLength = 64;
    public const int MaxEventIdLength = 200;
    public const int MaxEventTypeLength = 100;
    public const int MaxProviderJobIdLength = 200;

    private InboundReceipt()
    {
    }

    public Guid Id { get; private set; }

    public string Provider { get; private set; } = "";

    public string EventId { get; private set; } = "";

    public string EventType { get; private set; } = "";

    /// <summary>The provider's id of the job the callback is about (Mux asset, Cloudflare video, Replicate prediction, OpenAI video).</summary>
    public string? ProviderJobId { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public static InboundReceipt Create(string provider, string eventId, string eventType, string? providerJobId, DateTimeOffset now)
    {
        Check(provider, MaxProviderLength, nameof(provider));
        Check(eventId, MaxEventIdLength, nameof(eventId));
        Check(eventType, MaxEventTypeLength, nameof(eventType));
        if (providerJobId is not null)
        {
            Check(providerJobId, MaxProviderJobIdLength, nameof(providerJobId));
        }
        return new InboundReceipt
        {
            Id = Guid.CreateVersion7(now),
            Provider = provider,
            EventId = eventId,
            EventType = eventType,
            ProviderJobId = providerJobId,
            ReceivedAt = now,
        };
    }

    private static void Check(string value, int maxLength, string name)
    {
        if (string.IsNullOrEmpty(value) || value.Length > maxLength)
        {
            throw new ArgumentException($"{name} has 1 to {maxLength} characters.", name);
        }
    }
}
