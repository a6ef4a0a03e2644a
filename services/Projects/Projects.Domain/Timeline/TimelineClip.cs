namespace AiVideo.Projects.Domain.Timeline;

/// <summary>
/// One cut of the final video: a scene's selected clip, placed at a start time, trimmed to the part from
/// <see cref="TrimInSeconds"/> to <see cref="TrimOutSeconds"/> of the clip.
/// </summary>
public sealed class TimelineClip
{
    private TimelineClip()
    {
    }

    internal TimelineClip(Guid projectId, int position, Guid sceneId, double startSeconds, double trimInSeconds, double trimOutSeconds, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        ProjectId = projectId;
        Position = position;
        SceneId = sceneId;
        StartSeconds = startSeconds;
        TrimInSeconds = trimInSeconds;
        TrimOutSeconds = trimOutSeconds;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    /// <summary>The play order, 1 to the number of clips.</summary>
    public int Position { get; private set; }

    public Guid SceneId { get; private set; }

    /// <summary>Where the cut sits on the timeline.</summary>
    public double StartSeconds { get; private set; }

    public double TrimInSeconds { get; private set; }

    public double TrimOutSeconds { get; private set; }

    public double DurationSeconds => TrimOutSeconds - TrimInSeconds;

    public double EndSeconds => StartSeconds + DurationSeconds;

    internal void MoveTo(int position) => Position = position;
}
