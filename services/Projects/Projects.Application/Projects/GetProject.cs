namespace AiVideo.Projects.Application.Projects;

/// <summary><c>GET /api/projects/{id}</c>: any project of the caller's company, whole.</summary>
public sealed class GetProject(IProjects projects)
{
    public async Task<Result<ProjectView>> ExecuteAsync(Actor actor, Guid projectId, CancellationToken cancellationToken) =>
        await projects.ReadAsync(projectId, actor.CompanyId, cancellationToken) is { } project ? ProjectView.Of(project) : Access.ProjectNotFound;
}
