namespace AiVideo.Projects.Application.Scenes;

/// <summary><c>GET /api/projects/{id}/scenes/{sceneId}</c>: one scene with every asset it has had.</summary>
public sealed class GetScene(IProjects projects)
{
    public async Task<Result<SceneView>> ExecuteAsync(Actor actor, Guid projectId, Guid sceneId, CancellationToken cancellationToken)
    {
        if (await projects.ReadAsync(projectId, actor.CompanyId, cancellationToken) is not { } project)
        {
            return Access.ProjectNotFound;
        }
        return project.FindScene(sceneId) is { } scene ? SceneView.Of(scene) : ProjectErrors.SceneNotFound(sceneId);
    }
}
