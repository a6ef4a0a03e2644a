using AiVideo.Contracts;
using AiVideo.Webhooks.Application.Events;
using MassTransit;

namespace AiVideo.Webhooks.Api.Consumers;

/// <summary>A project is complete: the company's subscribers of <c>project.completed</c> get a delivery; the inbox makes a redelivery a no-op.</summary>
public sealed class ProjectCompletedConsumer(NotifyProjectCompleted notify, ILogger<ProjectCompletedConsumer> logger) : IConsumer<ProjectCompleted>
{
    public async Task Consume(ConsumeContext<ProjectCompleted> context)
    {
        var made = await notify.ExecuteAsync(context.Message, context.CancellationToken);
        logger.LogInformation("ProjectCompleted {ProjectId}: {Count} webhook deliveries", context.Message.ProjectId, made);
    }
}
