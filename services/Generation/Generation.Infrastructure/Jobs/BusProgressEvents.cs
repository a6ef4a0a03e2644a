using AiVideo.Contracts;

using MassTransit;

namespace AiVideo.Generation.Infrastructure.Jobs;

/// <summary>Progress straight onto the bus (not through the outbox: it is best effort, and a newer one replaces a lost one).</summary>
internal sealed class BusProgressEvents(IBus bus) : IProgressEvents
{
    public Task PublishAsync(GenerationProgress progress, CancellationToken cancellationToken) => bus.Publish(progress, cancellationToken);
}
