namespace AiVideo.Projects.Application.Activity;

/// <summary>How the live event stream behaves (section <c>Projects:Events</c>).</summary>
public sealed class ProjectEventsOptions
{
    public const string SectionName = "Projects:Events";

    /// <summary>
    /// How long a stream may stay quiet before a heartbeat comment is sent; with each heartbeat the stored history is
    /// read again, so an entry whose live delivery was lost arrives at the latest then.
    /// </summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How many stored entries are read at a time when catching up.</summary>
    public int HistoryBatchSize { get; set; } = 500;
}
