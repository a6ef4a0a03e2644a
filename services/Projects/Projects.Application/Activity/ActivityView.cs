using AiVideo.Projects.Domain.Activity;
using AiVideo.Projects.Domain.Common;

namespace AiVideo.Projects.Application.Activity;

/// <summary>
/// One entry of a project's history, as the activity list and the live event stream carry it: its number, what changed
/// (<c>project_status</c>, <c>project_progress</c>, <c>scene_status</c>, <c>scene_progress</c>, <c>storyboard_applied</c>,
/// <c>result_ignored</c>), the scene and request concerned, the new status or percent, and a message.
/// </summary>
public sealed record ActivityView(
    Guid ProjectId, long Sequence, string Type, Guid? SceneId, Guid? RequestId, string? Status, int? Percent, string? Message, DateTimeOffset OccurredAt)
{
    public static ActivityView Of(ProjectActivity entry) => new(
        entry.ProjectId, entry.Sequence, WireNames.Of(entry.Type), entry.SceneId, entry.RequestId, entry.Status, entry.Percent, entry.Message, entry.OccurredAt);

    /// <summary>Whether the entry is a change of the project's status (the stream closes after a completed or failed one).</summary>
    public bool IsProjectStatus() => Type == WireNames.Of(ActivityType.ProjectStatus);
}
