using AiVideo.Contracts;
using AiVideo.Projects.Domain.Pipeline;

namespace AiVideo.Projects.Application.Pipeline;

/// <summary>
/// Publishes, through the outbox of the change that decided them, what a project's operation means for other services:
/// the requests it issued, a cancellation for every request it superseded (a rerun, a deleted or replaced scene), and
/// <c>ProjectCompleted</c> when the final video arrived.
/// </summary>
public sealed class PipelineEvents(IIntegrationEvents events, GenerationContexts contexts)
{
    /// <summary>The requests pending before an operation, to tell afterwards which ones it superseded.</summary>
    public static IReadOnlySet<Guid> Pending(Project project) => project.Requests.Where(r => r.IsPending).Select(r => r.Id).ToHashSet();

    public async Task PublishAsync(
        Project project, IReadOnlyList<GenerationRequest> requests, IReadOnlySet<Guid> pendingBefore, ProjectCompletion? completion,
        CancellationToken cancellationToken)
    {
        if (requests.Count > 0)
        {
            var context = await contexts.ForAsync(project, cancellationToken);
            foreach (var request in requests)
            {
                events.Publish(RequestEvents.Of(request, context));
            }
        }
        foreach (var superseded in project.Requests.Where(r => pendingBefore.Contains(r.Id) && r.State == RequestState.Superseded))
        {
            events.Publish(new GenerationCancellationRequested(superseded.Id, project.CompanyId,
                "The project no longer needs the result: a newer request replaced it, or its scene was removed."));
        }
        if (completion is { } done)
        {
            events.Publish(new ProjectCompleted(done.ProjectId, done.CompanyId, done.OwnerId, done.FinalVideoFileId, done.DurationSeconds, done.CompletedAt));
        }
    }
}
