using MassTransit;

namespace AiVideo.Generation.Api.Consumers;

/// <summary>A scene image is asked for: its job is queued (once per request id).</summary>
public sealed class ImageRequestedConsumer(EnqueueJob enqueue) : IConsumer<ImageRequested>
{
    public Task Consume(ConsumeContext<ImageRequested> context)
    {
        var m = context.Message;
        return enqueue.ExecuteAsync(new JobRequest(m.RequestId, m.CompanyId, m.UserId, m.ProjectId, m.SceneId, Domain.Jobs.JobKinds.Image, m.Provider, m.Model, m),
            context.CancellationToken);
    }
}
