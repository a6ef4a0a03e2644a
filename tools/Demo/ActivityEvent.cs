namespace AiVideo.Demo;

/// <summary>
/// One event of <c>GET /api/projects/{id}/events</c> (projects-api's activity entry): its number, what changed
/// (<c>project_status</c>, <c>project_progress</c>, <c>scene_status</c>, <c>scene_progress</c>, <c>storyboard_applied</c>,
/// <c>result_ignored</c>), the scene concerned, the new status or percent, and a message (a failure's reason).
/// </summary>
internal sealed record ActivityEvent(long Sequence, string Type, Guid? SceneId, string? Status, int? Percent, string? Message)
{
    public const string ProjectStatus = "project_status";
    public const string ProjectProgress = "project_progress";
    public const string SceneStatus = "scene_status";
    public const string StoryboardApplied = "storyboard_applied";
    public const string Completed = "completed";
    public const string Failed = "failed";

    /// <summary>The project completed or failed: the last status change of a run.</summary>
    public bool Settles => Type == ProjectStatus && Status is Completed or Failed;
}
