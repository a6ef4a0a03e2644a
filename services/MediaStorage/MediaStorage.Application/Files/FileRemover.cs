using AiVideo.MediaStorage.Application.Uploads;
using AiVideo.MediaStorage.Domain.Usage;

namespace AiVideo.MediaStorage.Application.Files;

/// <summary>Removes a file whatever its state: an unfinished upload is abandoned, a stored object deleted, the usage adjusted.</summary>
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
        if (file.Status is FileStatus.Available or FileStatus.Processing)
        {
            usage.Remove(file.Size, time.GetUtcNow());
        }
        files.Remove(file);
    }
}
