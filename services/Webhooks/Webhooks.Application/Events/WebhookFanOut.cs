using AiVideo.Webhooks.Application.Outbound;

namespace AiVideo.Webhooks.Application.Events;

/// <summary>
/// Makes one delivery of an event per enabled endpoint of its company that subscribes to its type, all with the same
/// <c>webhook-id</c> and body. An endpoint that already has the message (the event consumed or published again) gets no
/// second one. The delivery worker sends them once they are committed.
/// </summary>
public sealed class WebhookFanOut(IWebhookEndpoints endpoints, IWebhookDeliveries deliveries, IUnitOfWork unitOfWork, TimeProvider time)
{
    /// <summary>Returns how many deliveries were made.</summary>
    public async Task<int> ExecuteAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        var subscribers = await endpoints.SubscribedAsync(webhookEvent.CompanyId, webhookEvent.Type, cancellationToken);
        if (subscribers.Count == 0)
        {
            return 0;
        }
        var messageId = WebhookMessageId.For(webhookEvent.Type, webhookEvent.SourceKey);
        var already = await deliveries.EndpointsWithMessageAsync(messageId, subscribers.Select(e => e.Id).ToList(), cancellationToken);
        var payload = WebhookPayload.Serialize(webhookEvent.Type, webhookEvent.OccurredAt, webhookEvent.Data);
        var now = time.GetUtcNow();
        var made = 0;
        foreach (var endpoint in subscribers.Where(e => !already.Contains(e.Id)))
        {
            deliveries.Add(WebhookDelivery.Create(endpoint, messageId, webhookEvent.Type, payload, now));
            made++;
        }
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return made;
    }
}
