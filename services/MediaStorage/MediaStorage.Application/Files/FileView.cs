namespace AiVideo.MediaStorage.Application.Files;

/// <summary>
/// A file as clients see it (§4); <see cref="DownloadUrl"/> is a signed link while its bytes are stored,
/// <see cref="FailureReason"/> says why a video upload could not be processed, <see cref="Playback"/> how to play an
/// available video (on single-file reads).
/// </summary>
public sealed record FileView(
    Guid Id, string FileName, string ContentType, long Size, string Purpose, string Status, int? Width, int? Height, double? DurationSeconds,
    Guid? ProjectId, Guid? SceneId, Uri? DownloadUrl, DateTimeOffset? DownloadUrlExpiresAt, DateTimeOffset CreatedAt, string? FailureReason = null,
    PlaybackView? Playback = null)
{
    public static FileView Of(StoredFile file, PresignedRequest? download = null, PlaybackView? playback = null) => new(
        file.Id, file.FileName, file.ContentType, file.Size, file.Purpose, file.Status.ToString().ToLowerInvariant(), file.Width, file.Height,
        file.DurationSeconds, file.ProjectId, file.SceneId, download?.Url, download?.ExpiresAt, file.CreatedAt, file.FailureReason, playback);
}
