namespace AiVideo.Contracts;

/// <summary>Generation finished a video asked for by <see cref="VideoRequested"/> (or processed an uploaded one).</summary>
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
    Guid? ThumbnailFileId);
