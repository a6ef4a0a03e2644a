namespace AiVideo.Projects.Domain.Projects;

/// <summary>The project's rendered video, as generation reported it: the MP4 file, its size and length, HLS and thumbnail when made.</summary>
public sealed record FinalVideo(
    Guid FileId,
    Guid RequestId,
    double DurationSeconds,
    int Width,
    int Height,
    long Size,
    Guid? ThumbnailFileId,
    string? HlsPlaylistKey,
    DateTimeOffset CreatedAt);
