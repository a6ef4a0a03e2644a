using AiVideo.Contracts;

namespace AiVideo.Webhooks.Application.Events;

/// <summary>
/// A video is ready: subscribers of <c>upload.processed</c> hear of an uploaded video processed to HLS (kind
/// <c>upload</c>), subscribers of <c>video.ready</c> of every other kind (clips, final videos, text-to-video, remixes).
/// The payload is timestamped when the event was announced (else now).
/// </summary>
public sealed class NotifyVideoReady(WebhookFanOut fanOut, TimeProvider time)
{
    public Task<int> ExecuteAsync(VideoReady video, DateTimeOffset? occurredAt, CancellationToken cancellationToken)
    {
        var type = video.Kind == VideoKinds.Upload ? WebhookEventTypes.UploadProcessed : WebhookEventTypes.VideoReady;
        return fanOut.ExecuteAsync(new WebhookEvent(video.CompanyId, type, $"{video.RequestId:N}/{video.FileId:N}", occurredAt ?? time.GetUtcNow(), VideoData.Of(video)), cancellationToken);
    }
}
