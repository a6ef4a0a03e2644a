using MassTransit;

namespace AiVideo.Generation.Api.Consumers;

/// <summary>A storyboard is asked for: its job is queued (once per request id).</summary>
public sealed class StoryboardRequestedConsumer(EnqueueJob enqueue) : IConsumer<StoryboardRequested>
{
    public Task Consume(ConsumeContext<StoryboardRequested> context)
    {
        var m = context.Message;
        return enqueue.ExecuteAsync(new JobRequest(m.RequestId, m.CompanyId, m.UserId, m.ProjectId, null, Domain.Jobs.JobKinds.Storyboard, m.Provider, null, m),
            context.CancellationToken);
    }
}
