using System.Text.Json;

namespace AiVideo.Webhooks.Application.Deliveries;

/// <summary>
/// A delivery as its endpoint's owners see it: the message (its <c>webhook-id</c>, type and exact payload), where it
/// stands (<c>pending</c>, <c>succeeded</c>, <c>failed</c> and why), when the next attempt is due, and every attempt so far.
/// </summary>
public sealed record DeliveryView(
    Guid Id,
    Guid EndpointId,
    string MessageId,
    string EventType,
    string Status,
    string? FailureReason,
    int AttemptCount,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? LastAttemptAt,
    int? LastStatusCode,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt,
    JsonElement Payload,
    IReadOnlyList<AttemptView> Attempts)
{
    public static DeliveryView Of(WebhookDelivery delivery)
    {
        using var payload = JsonDocument.Parse(delivery.Payload);
        return new DeliveryView(
            delivery.Id,
            delivery.EndpointId,
            delivery.MessageId,
            delivery.EventType,
            delivery.Status.ToString().ToLowerInvariant(),
            delivery.FailureReason,
            delivery.AttemptCount,
            delivery.NextAttemptAt,
            delivery.LastAttemptAt,
            delivery.LastStatusCode,
            delivery.CreatedAt,
            delivery.CompletedAt,
            payload.RootElement.Clone(),
            delivery.Attempts.OrderBy(a => a.Number).Select(AttemptView.Of).ToList());
    }
}
