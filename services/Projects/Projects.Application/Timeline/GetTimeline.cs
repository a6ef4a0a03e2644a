namespace AiVideo.Projects.Application.Timeline;

/// <summary><c>GET /api/projects/{id}/timeline</c>: the cuts of the final video (every clip whole when none were set).</summary>
public sealed class GetTimeline(IProjects projects)
{
    public async Task<Result<TimelineView>> ExecuteAsync(Actor actor, Guid projectId, CancellationToken cancellationToken) =>
        await projects.ReadAsync(projectId, actor.CompanyId, cancellationToken) is { } project ? TimelineView.Of(project) : Access.ProjectNotFound;
}
