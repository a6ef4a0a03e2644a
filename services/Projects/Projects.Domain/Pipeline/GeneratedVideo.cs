namespace AiVideo.Projects.Domain.Pipeline;

/// <summary>
/// A video a request produced (a scene clip or the final render), as generation reported it. A clip comes with its last
/// frame as an image file (<see cref="SeedFrameFileId"/>), which the next scene's image may start from.
/// </summary>
public sealed record GeneratedVideo(
    Guid FileId,
    double DurationSeconds,
    int Width,
    int Height,
    long Size,
    Guid? ThumbnailFileId = null,
    string? HlsPlaylistKey = null,
    Guid? SeedFrameFileId = null);
