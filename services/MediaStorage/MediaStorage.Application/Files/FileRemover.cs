using AiVideo.MediaStorage.Application.Uploads;
using AiVideo.MediaStorage.Domain.Usage;

namespace AiVideo.MediaStorage.Application.Files;

/// <summary>
/// Removes a file whatever its state: an unfinished upload is abandoned, a stored object deleted with a video upload's
/// renditions, the usage adjusted.
/// </summary>
public sealed class FileRemover(IFiles files, IObjectStorage storage, UploadCleaner cleaner, TimeProvider time)
{
    public async Task RemoveAsync(StoredFile file, Upload? upload, CompanyUsage usage, CancellationToken cancellationToken)
    {
        if (upload is { IsOpen: true })
        {
            await cleaner.RemoveAsync(upload, file, usage, cancellationToken);
            return;
        }
        await storage.DeleteAsync(file.StorageKey, cancellationToken);
        if (file.RenditionPrefix is { } prefix)
        {
            await foreach (var rendition in storage.ListAsync(prefix, cancellationToken))
            {
                await storage.DeleteAsync(rendition.Key, cancellationToken);
            }
        }
        if (file.Status is FileStatus.Available or FileStatus.Processing)
        {
            usage.Remove(file.Size + file.RenditionBytes, time.GetUtcNow());
        }
        files.Remove(file);
    }
}
