namespace AiVideo.Webhooks.Domain.Deliveries;

public enum DeliveryStatus
{
    /// <summary>An attempt is due at <see cref="WebhookDelivery.NextAttemptAt"/>.</summary>
    Pending,

    /// <summary>An attempt was answered with 2xx.</summary>
    Succeeded,

    /// <summary>The last scheduled attempt failed, the receiver answered 410, or the endpoint was disabled or removed.</summary>
    Failed,
}
