using AiVideo.Contracts;
using AiVideo.Projects.Application.Pipeline;
using MassTransit;

namespace AiVideo.Projects.Api.Consumers;

/// <summary>A storyboard arrived: the project's scenes are written and a run goes on to the images.</summary>
public sealed class StoryboardGeneratedConsumer(ApplyStoryboard apply, ILogger<StoryboardGeneratedConsumer> logger) : IConsumer<StoryboardGenerated>
{
    public async Task Consume(ConsumeContext<StoryboardGenerated> context)
    {
        var outcome = await apply.ExecuteAsync(context.Message, context.CancellationToken);
        logger.LogInformation("StoryboardGenerated for request {RequestId}: project {ProjectId}, {Outcome}", context.Message.RequestId, outcome.ProjectId, outcome.What);
    }
}
