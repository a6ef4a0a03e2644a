namespace AiVideo.BuildingBlocks.Maintenance;

/// <summary>How long bookkeeping rows are kept (section <c>Retention</c>).</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    public TimeSpan PublishedOutboxMessages { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Longer than any redelivery can arrive late, so a duplicate is still recognised.</summary>
    public TimeSpan InboxMessages { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// How long a service that remembers deleted projects (generation, media) keeps one after it heard of the deletion:
    /// longer than any request for the project published before it can arrive late, so that none is acted on.
    /// </summary>
    public TimeSpan DeletedProjects { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);
}
