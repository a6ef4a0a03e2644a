using MassTransit;

namespace AiVideo.Generation.Api.Consumers;

/// <summary>A video is asked for (a clip, the final stitch, a text-to-video or a remix): its job is queued once per request id; an unknown kind is refused with GenerationFailed.</summary>
public sealed class VideoRequestedConsumer(EnqueueJob enqueue) : IConsumer<VideoRequested>
{
    public Task Consume(ConsumeContext<VideoRequested> context)
    {
        var m = context.Message;
        return enqueue.ExecuteAsync(new JobRequest(m.RequestId, m.CompanyId, m.UserId, m.ProjectId, m.SceneId, m.Kind, m.Provider, m.Model, m),
            context.CancellationToken);
    }
}
