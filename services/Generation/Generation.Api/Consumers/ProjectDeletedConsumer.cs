using MassTransit;

namespace AiVideo.Generation.Api.Consumers;

/// <summary>A project was deleted: its jobs still queued or running are cancelled, their tools stopped.</summary>
public sealed class ProjectDeletedConsumer(CancelProjectJobs cancel, ILogger<ProjectDeletedConsumer> logger) : IConsumer<ProjectDeleted>
{
    public async Task Consume(ConsumeContext<ProjectDeleted> context)
    {
        var cancelled = await cancel.ExecuteAsync(context.Message.CompanyId, context.Message.ProjectId, context.CancellationToken);
        logger.LogInformation("Cancelled {Count} job(s) of deleted project {ProjectId}", cancelled, context.Message.ProjectId);
    }
}
