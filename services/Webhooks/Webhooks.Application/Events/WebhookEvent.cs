namespace AiVideo.Webhooks.Application.Events;

/// <summary>
/// Something a company's endpoints may be told about: the event type, when it happened, its data (the payload's
/// <c>data</c>), and the key that identifies it among events of its type, from which the message's stable
/// <c>webhook-id</c> is made (the same event consumed again makes the same id).
/// </summary>
public sealed record WebhookEvent(Guid CompanyId, string Type, string SourceKey, DateTimeOffset OccurredAt, object Data);
