using AiVideo.Projects.Domain.Pipeline;

namespace AiVideo.Projects.Application.Pipeline;

/// <summary>
/// What every start shares: the project's change under its lock, and, when the project agreed, its requests (and the
/// cancellations of what they replaced) in the outbox of the same transaction; the answer names the requests.
/// </summary>
public sealed class PipelineStarts(ProjectWork work, PipelineEvents events)
{
    public Task<Result<StartView>> StartAsync(
        Actor actor, Guid projectId, Func<Project, DateTimeOffset, Result<IReadOnlyList<GenerationRequest>>> start, CancellationToken cancellationToken) =>
        work.ChangeAsync(actor, projectId, async (project, now) =>
        {
            var pending = PipelineEvents.Pending(project);
            var started = start(project, now);
            if (!started.IsSuccess)
            {
                return started.Error;
            }
            await events.PublishAsync(project, started.Value, pending, null, cancellationToken);
            return Result(project, started.Value);
        }, cancellationToken);

    private static Result<StartView> Result(Project project, IReadOnlyList<GenerationRequest> requests) => StartView.Of(project, requests);
}
