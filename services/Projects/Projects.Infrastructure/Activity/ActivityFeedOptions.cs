namespace AiVideo.Projects.Infrastructure.Activity;

/// <summary>How live activity reaches subscribers on this replica (section <c>Projects:Events</c>).</summary>
public sealed class ActivityFeedOptions
{
    /// <summary>How many live entries wait for a slow subscriber before the oldest are dropped (and read from the history instead).</summary>
    public int SubscriberQueueLength { get; set; } = 1024;
}
