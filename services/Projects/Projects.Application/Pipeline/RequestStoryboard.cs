namespace AiVideo.Projects.Application.Pipeline;

/// <summary><c>POST /api/projects/{id}/storyboard</c>: asks for a storyboard alone (scenes without media are replaced unless kept).</summary>
public sealed class RequestStoryboard(PipelineStarts starts)
{
    public Task<Result<StartView>> ExecuteAsync(Actor actor, Guid projectId, bool keepScenes, CancellationToken cancellationToken) =>
        starts.StartAsync(actor, projectId, (project, now) => project.RequestStoryboard(actor.UserId, keepScenes, now), cancellationToken);
}
