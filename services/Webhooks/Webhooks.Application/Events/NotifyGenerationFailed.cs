using AiVideo.Contracts;

namespace AiVideo.Webhooks.Application.Events;

/// <summary>A generation request failed: subscribers of <c>generation.failed</c> hear of it, timestamped when it was announced (else now).</summary>
public sealed class NotifyGenerationFailed(WebhookFanOut fanOut, TimeProvider time)
{
    public Task<int> ExecuteAsync(GenerationFailed failed, DateTimeOffset? occurredAt, CancellationToken cancellationToken) =>
        fanOut.ExecuteAsync(new WebhookEvent(failed.CompanyId, WebhookEventTypes.GenerationFailed, $"{failed.RequestId:N}/{failed.Stage}",
            occurredAt ?? time.GetUtcNow(), GenerationFailedData.Of(failed)), cancellationToken);
}
