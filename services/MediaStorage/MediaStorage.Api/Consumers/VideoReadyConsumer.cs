using AiVideo.Contracts;
using AiVideo.MediaStorage.Application.Playback;
using MassTransit;

namespace AiVideo.MediaStorage.Api.Consumers;

/// <summary>generation-api processed a video upload (kind <c>upload</c>): the file becomes available with its playback. Other kinds are not media's business.</summary>
public sealed class VideoReadyConsumer(FinishVideoProcessing finish, ILogger<VideoReadyConsumer> logger) : IConsumer<VideoReady>
{
    public async Task Consume(ConsumeContext<VideoReady> context)
    {
        var ready = context.Message;
        if (ready.Kind != VideoKinds.Upload)
        {
            return;
        }
        var finished = await finish.ExecuteAsync(ready.CompanyId, ready.FileId, ready.Width, ready.Height, ready.DurationSeconds, ready.Playback.HlsPlaylistKey,
            context.CancellationToken);
        logger.LogInformation(finished ? "Video {FileId} was processed and is available" : "Video {FileId} was not waiting to be processed; nothing changed", ready.FileId);
    }
}
