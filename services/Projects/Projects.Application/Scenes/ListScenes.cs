namespace AiVideo.Projects.Application.Scenes;

/// <summary><c>GET /api/projects/{id}/scenes</c>: a project's scenes in play order.</summary>
public sealed class ListScenes(IProjects projects)
{
    public async Task<Result<IReadOnlyList<SceneView>>> ExecuteAsync(Actor actor, Guid projectId, CancellationToken cancellationToken) =>
        await projects.ReadAsync(projectId, actor.CompanyId, cancellationToken) is { } project
            ? project.Scenes.Select(SceneView.Of).ToList()
            : Access.ProjectNotFound;
}
