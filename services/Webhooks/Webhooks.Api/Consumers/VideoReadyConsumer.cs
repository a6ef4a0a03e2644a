using AiVideo.Contracts;
using AiVideo.Webhooks.Application.Events;
using MassTransit;

namespace AiVideo.Webhooks.Api.Consumers;

/// <summary>A video is ready: the company's subscribers of <c>video.ready</c> (or <c>upload.processed</c>) get a delivery; the inbox makes a redelivery a no-op.</summary>
public sealed class VideoReadyConsumer(NotifyVideoReady notify, ILogger<VideoReadyConsumer> logger) : IConsumer<VideoReady>
{
    public async Task Consume(ConsumeContext<VideoReady> context)
    {
        var made = await notify.ExecuteAsync(context.Message, context.SentTime.AsUtc(), context.CancellationToken);
        logger.LogInformation("VideoReady {RequestId} ({Kind}): {Count} webhook deliveries", context.Message.RequestId, context.Message.Kind, made);
    }
}
