namespace AiVideo.MediaStorage.Application.Files;

/// <summary>
/// A file's metadata, with a signed download link (lifetime chosen by the caller within bounds) while its bytes are stored
/// (available, or a video upload being processed), and the signed playback links of an available video.
/// </summary>
public sealed class GetFile(IFiles files, IObjectStorage storage, Playback.PlaybackLinks playback, IOptions<MediaOptions> options, TimeProvider time)
{
    public async Task<Result<FileView>> ExecuteAsync(FileOwner owner, Guid fileId, TimeSpan? downloadLifetime, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (downloadLifetime is { } requested && (requested < settings.MinDownloadUrlLifetime || requested > settings.MaxDownloadUrlLifetime))
        {
            return Error.Validation("expiresIn",
                $"A download link lives {settings.MinDownloadUrlLifetime.TotalSeconds:0} to {settings.MaxDownloadUrlLifetime.TotalSeconds:0} seconds.");
        }
        var file = await files.FindAsync(fileId, owner.CompanyId, cancellationToken);
        if (file is null)
        {
            return Error.NotFound("file");
        }
        var download = file.IsStored
            ? storage.PresignGet(file.StorageKey, time.GetUtcNow() + (downloadLifetime ?? settings.DownloadUrlLifetime), file.FileName)
            : null;
        return FileView.Of(file, download, playback.For(file));
    }
}
