namespace AiVideo.Projects.Domain.Activity;

/// <summary>
/// One entry of a project's history: what changed, numbered by the project in the order it happened. The numbers are
/// given out by the aggregate under its concurrency token, so they follow commit order without gaps: a subscriber that
/// resumes after entry n (SSE <c>Last-Event-ID</c>) can never miss an entry that commits later with a smaller number.
/// </summary>
public sealed class ProjectActivity
{
    public const int MaxMessageLength = 2000;

    private ProjectActivity()
    {
    }

    internal ProjectActivity(
        Guid projectId, long sequence, ActivityType type, DateTimeOffset now, Guid? sceneId = null, Guid? requestId = null, string? status = null,
        int? percent = null, string? message = null)
    {
        ProjectId = projectId;
        Sequence = sequence;
        Type = type;
        SceneId = sceneId;
        RequestId = requestId;
        Status = status;
        Percent = percent;
        Message = message is null || message.Length <= MaxMessageLength ? message : message[..MaxMessageLength];
        OccurredAt = now;
    }

    public Guid ProjectId { get; private set; }

    /// <summary>1, 2, 3… per project.</summary>
    public long Sequence { get; private set; }

    public ActivityType Type { get; private set; }

    public Guid? SceneId { get; private set; }

    public Guid? RequestId { get; private set; }

    /// <summary>The new status (of the project or the scene), as its wire name.</summary>
    public string? Status { get; private set; }

    public int? Percent { get; private set; }

    /// <summary>A failure's reason, or why a result was ignored.</summary>
    public string? Message { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }
}
