using AiVideo.Contracts;
using AiVideo.Projects.Application.Pipeline;
using MassTransit;

namespace AiVideo.Projects.Api.Consumers;

/// <summary>A video is ready: a scene's clip, or the final video that completes its project.</summary>
public sealed class VideoReadyConsumer(ApplyReadyVideo apply, ILogger<VideoReadyConsumer> logger) : IConsumer<VideoReady>
{
    public async Task Consume(ConsumeContext<VideoReady> context)
    {
        var outcome = await apply.ExecuteAsync(context.Message, context.CancellationToken);
        logger.LogInformation("VideoReady ({Kind}) {FileId} for request {RequestId}: project {ProjectId}, {Outcome}",
            context.Message.Kind, context.Message.FileId, context.Message.RequestId, outcome.ProjectId, outcome.What);
    }
}
