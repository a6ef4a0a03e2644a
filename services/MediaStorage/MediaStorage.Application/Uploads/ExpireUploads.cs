namespace AiVideo.MediaStorage.Application.Uploads;

/// <summary>
/// The sweep. Uploads never completed are removed after they expire, with whatever they left in storage. Then every
/// upload whose presigned URLs are dead (its expiry plus <see cref="MediaOptions.StorageClockAllowance"/>, for the
/// store's clock) is settled: a URL used after its upload was aborted or its file deleted may have written an object
/// again, so unless the file is stored its key is deleted once more and a multipart upload aborted. An upload whose
/// removal fails (storage refused a delete) is skipped and put off with <see cref="Upload.PostponeSweep"/>, so it
/// neither stops the sweep nor stands first in every later one.
/// </summary>
public sealed class ExpireUploads(
    IUploads uploads, IFiles files, IUsage usage, UploadCleaner cleaner, IUnitOfWork unitOfWork, IOptions<MediaOptions> options,
    TimeProvider time)
{
    private const int Batch = 100;

    public async Task<SweepOutcome> ExecuteAsync(CancellationToken cancellationToken)
    {
        var removed = 0;
        var failures = new List<SweepFailure>();
        foreach (var snapshot in await uploads.ExpiredAsync(time.GetUtcNow(), Batch, cancellationToken))
        {
            removed += await TryAsync(snapshot, failures, () => unitOfWork.InTransactionAsync(async () =>
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
            }, cancellationToken), cancellationToken);
        }

        var now = time.GetUtcNow();
        foreach (var snapshot in await uploads.UnsettledAsync(now - options.Value.StorageClockAllowance, now, Batch, cancellationToken))
        {
            await TryAsync(snapshot, failures, () => unitOfWork.InTransactionAsync(async () =>
            {
                await usage.LockAsync(snapshot.CompanyId, cancellationToken);
                var upload = await uploads.FindAsync(snapshot.Id, snapshot.CompanyId, cancellationToken);
                if (upload is null || upload.IsOpen || upload.SettledAt is not null)
                {
                    return 0; // an open one is first removed as expired
                }
                var file = await files.FindAsync(upload.FileId, upload.CompanyId, cancellationToken);
                if (file is null)
                {
                    await cleaner.RemoveWrittenAsync(upload, cancellationToken);
                }
                upload.Settle(time.GetUtcNow());
                await unitOfWork.SaveChangesAsync(cancellationToken);
                return 1;
            }, cancellationToken), cancellationToken);
        }
        return new SweepOutcome(removed, failures);
    }

    private async Task<int> TryAsync(Upload snapshot, List<SweepFailure> failures, Func<Task<int>> work, CancellationToken cancellationToken)
    {
        try
        {
            return await work();
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            unitOfWork.Discard();
            var upload = await uploads.FindAsync(snapshot.Id, snapshot.CompanyId, cancellationToken);
            upload?.PostponeSweep(time.GetUtcNow());
            await unitOfWork.SaveChangesAsync(cancellationToken);
            failures.Add(new SweepFailure(snapshot.Id, upload?.SweepFailures ?? 0, upload?.SweepRetryAt, exception));
            return 0;
        }
    }
}
