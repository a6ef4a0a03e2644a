namespace AiVideo.Projects.Application.Activity;

/// <summary>What a project's event stream sends next: an activity entry, or (with none) a heartbeat to keep the connection alive.</summary>
public sealed record ProjectEvent(ActivityView? Entry)
{
    public static ProjectEvent Heartbeat { get; } = new((ActivityView?)null);
}
