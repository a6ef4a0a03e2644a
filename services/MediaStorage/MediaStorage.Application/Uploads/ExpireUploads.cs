namespace AiVideo.MediaStorage.Application.Uploads;

/// <summary>
/// The sweep. Uploads never completed are removed after they expire, with whatever they left in storage. Then every
/// upload whose presigned URLs are dead (its expiry plus <see cref="MediaOptions.StorageClockAllowance"/>, for the
/// store's clock) is settled: a URL used after its upload was aborted or its file deleted may have written an object
/// again, so unless the file is stored its key is deleted once more and a multipart upload aborted.
/// </summary>
public sealed class ExpireUploads(
    IUploads uploads, IFiles files, IUsage usage, UploadCleaner cleaner, IUnitOfWork unitOfWork, IOptions<MediaOptions> options,
    TimeProvider time)
{
    private const int Batch = 100;

    /// <summary>Returns how many expired uploads were removed.</summary>
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var removed = 0;
        foreach (var snapshot in await uploads.ExpiredAsync(time.GetUtcNow(), Batch, cancellationToken))
        {
            removed += await unitOfWork.InTransactionAsync(async () =>
            {
                var companyUsage = await usage.LockAsync(snapshot.CompanyId, cancellationToken);
                // Read again under the lock: a completion may have committed since the snapshot.
                var upload = await uploads.FindAsync(snapshot.Id, snapshot.CompanyId, cancellationToken);
                if (upload is null || !upload.IsOpen)
                {
                    return 0;
                }
                var file = await files.FindAsync(upload.FileId, upload.CompanyId, cancellationToken);
                await cleaner.RemoveAsync(upload, file, companyUsage, cancellationToken);
                await unitOfWork.SaveChangesAsync(cancellationToken);
                return 1;
            }, cancellationToken);
        }

        var now = time.GetUtcNow();
        foreach (var snapshot in await uploads.UnsettledAsync(now - options.Value.StorageClockAllowance, Batch, cancellationToken))
        {
            await unitOfWork.InTransactionAsync(async () =>
            {
                await usage.LockAsync(snapshot.CompanyId, cancellationToken);
                var upload = await uploads.FindAsync(snapshot.Id, snapshot.CompanyId, cancellationToken);
                if (upload is null || upload.IsOpen || upload.SettledAt is not null)
                {
                    return false; // an open one is first removed as expired
                }
                var file = await files.FindAsync(upload.FileId, upload.CompanyId, cancellationToken);
                if (file is null)
                {
                    await cleaner.RemoveWrittenAsync(upload, cancellationToken);
                }
                upload.Settle(time.GetUtcNow());
                await unitOfWork.SaveChangesAsync(cancellationToken);
                return true;
            }, cancellationToken);
        }
        return removed;
    }
}
