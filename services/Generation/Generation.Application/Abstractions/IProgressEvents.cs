namespace AiVideo.Generation.Application.Abstractions;

/// <summary>Publishes <see cref="GenerationProgress"/> straight to the bus (best effort, not through the outbox: a lost one is replaced by the next).</summary>
public interface IProgressEvents
{
    Task PublishAsync(GenerationProgress progress, CancellationToken cancellationToken);
}
