using AiVideo.MediaStorage.Domain.Usage;

namespace AiVideo.MediaStorage.Application.Uploads;

/// <summary>Removes an unfinished upload everywhere: its parts or object in storage, its file record, its reservation.</summary>
public sealed class UploadCleaner(IFiles files, IObjectStorage storage, TimeProvider time)
{
    public async Task RemoveAsync(Upload upload, StoredFile? file, CompanyUsage usage, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (file is not null)
        {
            if (upload.Method == UploadMethod.Multipart)
            {
                await storage.AbortMultipartAsync(file.StorageKey, upload.MultipartUploadId!, cancellationToken);
            }
            await storage.DeleteAsync(file.StorageKey, cancellationToken);
            if (file.Status == FileStatus.Uploading)
            {
                usage.Release(file.Size, now);
            }
            files.Remove(file);
        }
        upload.Abort(now);
    }
}
