namespace AiVideo.MediaStorage.Application.Playback;

/// <summary>
/// generation-api made a video upload playable (<c>VideoReady</c> of kind <c>upload</c>): the file becomes available with
/// the frame size and length the transcoder read, its HLS master playlist and thumbnail recorded, and the renditions'
/// bytes counted in the company's usage. A file no longer processing (deleted, already finished) is left alone, so a
/// redelivered event changes nothing.
/// </summary>
public sealed class FinishVideoProcessing(
    IFiles files, IUsage usage, IObjectStorage storage, IUnitOfWork unitOfWork, TimeProvider time)
{
    public async Task<bool> ExecuteAsync(
        Guid companyId, Guid fileId, int width, int height, double durationSeconds, string? hlsPlaylistKey, CancellationToken cancellationToken) =>
        await unitOfWork.InTransactionAsync(async () =>
        {
            var companyUsage = await usage.LockAsync(companyId, cancellationToken);
            var file = await files.FindAsync(fileId, companyId, cancellationToken);
            if (file is not { Status: FileStatus.Processing, RenditionPrefix: { } prefix })
            {
                return false;
            }
            if (hlsPlaylistKey is null || !hlsPlaylistKey.StartsWith(prefix + PlaybackLinks.HlsFolder, StringComparison.Ordinal)
                || await storage.HeadAsync(hlsPlaylistKey, cancellationToken) is null)
            {
                file.FailProcessing("The processed video's playlist was not stored.", time.GetUtcNow());
                await unitOfWork.SaveChangesAsync(cancellationToken);
                return false;
            }
            long bytes = 0;
            string? thumbnail = null;
            await foreach (var item in storage.ListAsync(prefix, cancellationToken))
            {
                if (item.Key == file.StorageKey)
                {
                    continue;
                }
                bytes += item.Size;
                thumbnail = item.Key == prefix + RenditionPaths.Thumbnail ? item.Key : thumbnail;
            }
            var now = time.GetUtcNow();
            file.CompleteProcessing(width, height, durationSeconds, hlsPlaylistKey, thumbnail, bytes, now);
            companyUsage.AddRenditions(bytes, now);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return true;
        }, cancellationToken);
}
