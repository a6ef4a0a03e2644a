using AiVideo.Contracts;
using AiVideo.Projects.Application.Pipeline;
using MassTransit;

namespace AiVideo.Projects.Api.Consumers;

/// <summary>Progress of a request (best effort): the scene's and project's progress move, and subscribers see it.</summary>
public sealed class GenerationProgressConsumer(ApplyProgress apply) : IConsumer<GenerationProgress>
{
    public Task Consume(ConsumeContext<GenerationProgress> context) => apply.ExecuteAsync(context.Message, context.CancellationToken);
}
