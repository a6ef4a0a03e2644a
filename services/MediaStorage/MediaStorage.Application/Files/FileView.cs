namespace AiVideo.MediaStorage.Application.Files;

/// <summary>A file as clients see it (§4); <see cref="DownloadUrl"/> is a signed link while the file is available.</summary>
public sealed record FileView(
    Guid Id, string FileName, string ContentType, long Size, string Purpose, string Status, int? Width, int? Height, double? DurationSeconds,
    Guid? ProjectId, Guid? SceneId, Uri? DownloadUrl, DateTimeOffset? DownloadUrlExpiresAt, DateTimeOffset CreatedAt)
{
    public static FileView Of(StoredFile file, PresignedRequest? download = null) => new(
        file.Id, file.FileName, file.ContentType, file.Size, file.Purpose, file.Status.ToString().ToLowerInvariant(), file.Width, file.Height,
        file.DurationSeconds, file.ProjectId, file.SceneId, download?.Url, download?.ExpiresAt, file.CreatedAt);
}
