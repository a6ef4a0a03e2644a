using AiVideo.Projects.Domain.Timeline;

namespace AiVideo.Projects.Application.Timeline;

/// <summary>One cut: the scene whose selected clip it plays, its order, where it sits, and the part of the clip it uses (seconds).</summary>
public sealed record TimelineClipView(Guid SceneId, int Order, double Start, double TrimIn, double TrimOut, double Duration, double End)
{
    public static TimelineClipView Of(TimelineClip clip) =>
        new(clip.SceneId, clip.Position, clip.StartSeconds, clip.TrimInSeconds, clip.TrimOutSeconds, clip.DurationSeconds, clip.EndSeconds);
}
