namespace AiVideo.Projects.Domain.Timeline;

/// <summary>
/// A cut as a client sends it: the scene, its order, its start, and the part of the scene's clip it uses. Trim-in
/// defaults to 0; trim-out to trim-in plus the duration, else to the clip's end; a duration given with a trim-out must agree.
/// </summary>
public sealed record TimelineClipInput(
    Guid SceneId,
    int Order,
    double StartSeconds,
    double? TrimInSeconds = null,
    double? TrimOutSeconds = null,
    double? DurationSeconds = null);
