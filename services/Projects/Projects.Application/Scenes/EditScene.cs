using AiVideo.Projects.Domain.Scenes;

namespace AiVideo.Projects.Application.Scenes;

/// <summary><c>PATCH /api/projects/{id}/scenes/{sceneId}</c>: changes the words or the duration of a scene (what is given).</summary>
public sealed class EditScene(ProjectWork work)
{
    public Task<Result<SceneView>> ExecuteAsync(Actor actor, Guid projectId, Guid sceneId, SceneEdit edit, CancellationToken cancellationToken) =>
        work.ChangeAsync(actor, projectId, (project, now) =>
        {
            var edited = project.EditScene(sceneId, edit, now);
            return edited.IsSuccess ? SceneView.Of(project.FindScene(sceneId)!) : (Result<SceneView>)edited.Error;
        }, cancellationToken);
}
