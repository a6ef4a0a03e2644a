namespace AiVideo.Contracts;

/// <summary>
/// Generation finished a video asked for by <see cref="VideoRequested"/> (or processed an uploaded one, kind
/// <see cref="VideoKinds.Upload"/>). A clip carries its last frame as <paramref name="SeedFrameFileId"/>; a final video
/// may carry its captions as WebVTT.
/// </summary>
public sealed record VideoReady(
    Guid RequestId,
    Guid CompanyId,
    Guid? ProjectId,
    Guid? SceneId,
    string Kind,
    Guid FileId,
    double DurationSeconds,
    long Size,
    int Width,
    int Height,
    VideoPlayback Playback,
    Guid? ThumbnailFileId,
    Guid? SeedFrameFileId = null,
    Guid? CaptionsFileId = null);
