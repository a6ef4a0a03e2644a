namespace AiVideo.Projects.Application.Scenes;

/// <summary><c>POST /api/projects/{id}/scenes/reorder</c>: the scenes in a new order, which names every scene exactly once.</summary>
public sealed class ReorderScenes(ProjectWork work)
{
    public Task<Result<IReadOnlyList<SceneView>>> ExecuteAsync(Actor actor, Guid projectId, IReadOnlyList<Guid>? sceneIds, CancellationToken cancellationToken)
    {
        if (sceneIds is null)
        {
            return Task.FromResult<Result<IReadOnlyList<SceneView>>>(Error.Validation("sceneIds", "List every scene of the project once, in the new order."));
        }
        return work.ChangeAsync(actor, projectId, (project, now) =>
        {
            var reordered = project.ReorderScenes(sceneIds, now);
            return reordered.IsSuccess
                ? project.Scenes.Select(SceneView.Of).ToList()
                : (Result<IReadOnlyList<SceneView>>)reordered.Error;
        }, cancellationToken);
    }
}
