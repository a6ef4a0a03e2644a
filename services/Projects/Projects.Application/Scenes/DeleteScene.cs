using AiVideo.Projects.Application.Pipeline;

namespace AiVideo.Projects.Application.Scenes;

/// <summary>
/// <c>DELETE /api/projects/{id}/scenes/{sceneId}</c>: the scene goes with its assets and timeline cuts; later scenes move
/// up; a request still pending for it is superseded and its job cancelled.
/// </summary>
public sealed class DeleteScene(ProjectWork work, PipelineEvents events)
{
    public async Task<Result> ExecuteAsync(Actor actor, Guid projectId, Guid sceneId, CancellationToken cancellationToken)
    {
        var deleted = await work.ChangeAsync(actor, projectId, async (project, now) =>
        {
            var pending = PipelineEvents.Pending(project);
            var removed = project.DeleteScene(sceneId, now);
            if (!removed.IsSuccess)
            {
                return removed.Error;
            }
            await events.PublishAsync(project, [], pending, null, cancellationToken);
            return (Result<bool>)true;
        }, cancellationToken);
        return deleted.IsSuccess ? Result.Success : deleted.Error;
    }
}
