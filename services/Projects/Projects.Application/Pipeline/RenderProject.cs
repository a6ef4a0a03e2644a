namespace AiVideo.Projects.Application.Pipeline;

/// <summary><c>POST /api/projects/{id}/render</c>: the final video from every scene's selected clip, cut by the timeline, with the layers.</summary>
public sealed class RenderProject(PipelineStarts starts)
{
    public Task<Result<StartView>> ExecuteAsync(Actor actor, Guid projectId, CancellationToken cancellationToken) =>
        starts.StartAsync(actor, projectId, (project, now) => project.Render(actor.UserId, now), cancellationToken);
}
