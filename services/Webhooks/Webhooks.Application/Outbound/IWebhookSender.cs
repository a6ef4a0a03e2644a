namespace AiVideo.Webhooks.Application.Outbound;

/// <summary>
/// Sends one attempt: a POST of the body as <c>application/json</c> with the Standard Webhooks headers, to an allowed
/// address only, without following redirects, within the delivery timeout. Never throws for what the receiver or the
/// network did: every outcome is an <see cref="AttemptResult"/> (only cancellation by the caller propagates).
/// </summary>
public interface IWebhookSender
{
    Task<AttemptResult> SendAsync(WebhookRequest request, CancellationToken cancellationToken);
}
