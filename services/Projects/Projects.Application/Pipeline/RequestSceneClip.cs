namespace AiVideo.Projects.Application.Pipeline;

/// <summary><c>POST .../scenes/{sceneId}/video</c>: a new clip for one scene, made from its selected image.</summary>
public sealed class RequestSceneClip(PipelineStarts starts)
{
    public Task<Result<StartView>> ExecuteAsync(Actor actor, Guid projectId, Guid sceneId, CancellationToken cancellationToken) =>
        starts.StartAsync(actor, projectId, (project, now) => project.RequestClip(sceneId, actor.UserId, now), cancellationToken);
}
