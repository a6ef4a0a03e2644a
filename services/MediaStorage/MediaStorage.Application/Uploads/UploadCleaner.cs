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
            await RemoveWrittenAsync(upload, cancellationToken);
            if (file.Status == FileStatus.Uploading)
            {
                usage.Release(file.Size, now);
            }
            files.Remove(file);
        }
        upload.Abort(now);
    }

    /// <summary>Whatever the upload's URLs wrote: its multipart upload in storage (aborted) and its object.</summary>
    public async Task RemoveWrittenAsync(Upload upload, CancellationToken cancellationToken)
    {
        if (upload.MultipartUploadId is not null)
        {
            await storage.AbortMultipartAsync(upload.StorageKey, upload.MultipartUploadId, cancellationToken);
        }
        await storage.DeleteAsync(upload.StorageKey, cancellationToken);
    }
}
