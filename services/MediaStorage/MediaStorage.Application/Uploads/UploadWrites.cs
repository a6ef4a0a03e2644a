namespace AiVideo.MediaStorage.Application.Uploads;

/// <summary>
/// Whether a presigned write may still land: the upload its URL belongs to is open and not expired. The filesystem
/// backend asks before it receives a PUT, and lands an object only through <see cref="LandObjectAsync"/>, so a URL is
/// dead once its upload is completed, aborted or its file deleted (alone or with its project). S3 cannot ask: there the
/// sweep settles what a URL wrote after its upload was closed.
/// </summary>
public sealed class UploadWrites(IUploads uploads, IUsage usage, IUnitOfWork unitOfWork, TimeProvider time)
{
    public async Task<bool> AcceptObjectAsync(string storageKey, CancellationToken cancellationToken) =>
        await uploads.ForObjectAsync(storageKey, cancellationToken) is { } upload && upload.Accepts(time.GetUtcNow());

    /// <summary>
    /// Runs <paramref name="land"/> (the object moved into place) only if the upload writing to <paramref name="storageKey"/>
    /// still accepts it, under the company's usage lock: completing, aborting and deleting (a file, a project's files) hold
    /// it too, so the object lands before any of them, which then find it, or not at all. Says whether it landed.
    /// </summary>
    public async Task<bool> LandObjectAsync(string storageKey, Func<Task> land, CancellationToken cancellationToken)
    {
        if (await uploads.ForObjectAsync(storageKey, cancellationToken) is not { } snapshot)
        {
            return false;
        }
        return await unitOfWork.InTransactionAsync(async () =>
        {
            await usage.LockAsync(snapshot.CompanyId, cancellationToken);
            if (await uploads.FindAsync(snapshot.Id, snapshot.CompanyId, cancellationToken) is not { } upload || !upload.Accepts(time.GetUtcNow()))
            {
                return false;
            }
            await land();
            return true;
        }, cancellationToken);
    }

    public async Task<bool> AcceptPartAsync(string multipartUploadId, CancellationToken cancellationToken) =>
        await uploads.ForMultipartAsync(multipartUploadId, cancellationToken) is { } upload && upload.Accepts(time.GetUtcNow());
}
