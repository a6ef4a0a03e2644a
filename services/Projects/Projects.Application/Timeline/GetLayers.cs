namespace AiVideo.Projects.Application.Timeline;

/// <summary><c>GET /api/projects/{id}/layers</c>: the caption and audio layers.</summary>
public sealed class GetLayers(IProjects projects)
{
    public async Task<Result<LayersView>> ExecuteAsync(Actor actor, Guid projectId, CancellationToken cancellationToken) =>
        await projects.ReadAsync(projectId, actor.CompanyId, cancellationToken) is { } project ? LayersView.Of(project) : Access.ProjectNotFound;
}
