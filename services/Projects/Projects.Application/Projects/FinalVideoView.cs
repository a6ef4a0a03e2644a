namespace AiVideo.Projects.Application.Projects;

/// <summary>
/// The rendered video: the MP4 file with its length and size, the thumbnail and HLS playlist when made, and where to
/// play it (<see cref="PlaybackUrl"/> streams with Range) or get a signed download link (<see cref="FileUrl"/>).
/// </summary>
public sealed record FinalVideoView(
    Guid FileId,
    double DurationSeconds,
    int Width,
    int Height,
    long Size,
    Guid? ThumbnailFileId,
    string? HlsPlaylistKey,
    string PlaybackUrl,
    string FileUrl,
    string? ThumbnailUrl,
    DateTimeOffset CreatedAt)
{
    public static FinalVideoView Of(FinalVideo video) => new(
        video.FileId, video.DurationSeconds, video.Width, video.Height, video.Size, video.ThumbnailFileId, video.HlsPlaylistKey,
        MediaLinks.Content(video.FileId), MediaLinks.Metadata(video.FileId),
        video.ThumbnailFileId is { } thumbnail ? MediaLinks.Content(thumbnail) : null, video.CreatedAt);
}
