namespace AiVideo.Webhooks.Application.Outbound;

/// <summary>
/// The Standard Webhooks headers of one attempt: the message's stable id, the attempt's Unix timestamp, and one
/// <c>v1,&lt;base64&gt;</c> signature per secret that signs at that time, separated by spaces.
/// </summary>
public sealed record WebhookHeaders(string Id, string Timestamp, string Signature)
{
    public const string IdName = "webhook-id";
    public const string TimestampName = "webhook-timestamp";
    public const string SignatureName = "webhook-signature";
}
