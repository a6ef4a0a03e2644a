using AiVideo.Projects.Domain.Timeline;

namespace AiVideo.Projects.Application.Timeline;

/// <summary>
/// <c>PUT /api/projects/{id}/timeline</c>: the cuts of the final video (scene, order, start, trim in/out or duration),
/// each checked against the real duration of the scene's selected clip; an empty list plays every clip whole.
/// </summary>
public sealed class SetTimeline(ProjectWork work)
{
    public Task<Result<TimelineView>> ExecuteAsync(Actor actor, Guid projectId, IReadOnlyList<TimelineClipInput>? clips, CancellationToken cancellationToken)
    {
        if (clips is null)
        {
            return Task.FromResult<Result<TimelineView>>(Error.Validation("clips", "Give the timeline's clips (an empty list plays every scene's clip whole)."));
        }
        return work.ChangeAsync(actor, projectId, (project, now) =>
        {
            var set = project.SetTimeline(clips, now);
            return set.IsSuccess ? TimelineView.Of(project) : (Result<TimelineView>)set.Error;
        }, cancellationToken);
    }
}
