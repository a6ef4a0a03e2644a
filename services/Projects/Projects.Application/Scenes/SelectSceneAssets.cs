namespace AiVideo.Projects.Application.Scenes;

/// <summary><c>PUT .../scenes/{sceneId}/selection</c>: which of the scene's own images and clips it uses (an asset of another scene is refused).</summary>
public sealed class SelectSceneAssets(ProjectWork work)
{
    public Task<Result<SceneView>> ExecuteAsync(Actor actor, Guid projectId, Guid sceneId, Guid? imageAssetId, Guid? clipAssetId, CancellationToken cancellationToken)
    {
        if (imageAssetId is null && clipAssetId is null)
        {
            return Task.FromResult<Result<SceneView>>(Error.Validation("imageAssetId", "Give the image asset, the clip asset, or both, the scene should use."));
        }
        return work.ChangeAsync(actor, projectId, (project, now) =>
        {
            var selected = project.SelectAssets(sceneId, imageAssetId, clipAssetId, now);
            return selected.IsSuccess ? SceneView.Of(project.FindScene(sceneId)!) : (Result<SceneView>)selected.Error;
        }, cancellationToken);
    }
}
