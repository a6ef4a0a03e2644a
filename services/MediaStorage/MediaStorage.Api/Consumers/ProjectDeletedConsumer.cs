using AiVideo.Contracts;
using MassTransit;

namespace AiVideo.MediaStorage.Api.Consumers;

/// <summary>A deleted project's files go with it (objects and records); the inbox makes a redelivery a no-op.</summary>
public sealed class ProjectDeletedConsumer(DeleteProjectFiles delete, ILogger<ProjectDeletedConsumer> logger) : IConsumer<ProjectDeleted>
{
    public async Task Consume(ConsumeContext<ProjectDeleted> context)
    {
        var removed = await delete.ExecuteAsync(context.Message.CompanyId, context.Message.ProjectId, context.CancellationToken);
        logger.LogInformation("Removed {Count} file(s) of deleted project {ProjectId}", removed, context.Message.ProjectId);
    }
}
