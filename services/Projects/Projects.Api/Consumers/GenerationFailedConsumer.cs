using AiVideo.Contracts;
using AiVideo.Projects.Application.Pipeline;
using MassTransit;

namespace AiVideo.Projects.Api.Consumers;

/// <summary>A request failed: its scene (and during a run the project) fails with the reason.</summary>
public sealed class GenerationFailedConsumer(ApplyFailure apply, ILogger<GenerationFailedConsumer> logger) : IConsumer<GenerationFailed>
{
    public async Task Consume(ConsumeContext<GenerationFailed> context)
    {
        var outcome = await apply.ExecuteAsync(context.Message, context.CancellationToken);
        logger.LogInformation("GenerationFailed ({Stage}, {ErrorCode}) for request {RequestId}: project {ProjectId}, {Outcome}",
            context.Message.Stage, context.Message.ErrorCode, context.Message.RequestId, outcome.ProjectId, outcome.What);
    }
}
