namespace AiVideo.MediaStorage.Application.Uploads;

/// <summary>The sweep: uploads never completed are removed after they expire, with whatever they left in storage.</summary>
public sealed class ExpireUploads(IUploads uploads, IFiles files, IUsage usage, UploadCleaner cleaner, IUnitOfWork unitOfWork, TimeProvider time)
{
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var expired = await uploads.ExpiredAsync(time.GetUtcNow(), 100, cancellationToken);
        foreach (var upload in expired)
        {
            await unitOfWork.InTransactionAsync(async () =>
            {
                var companyUsage = await usage.LockAsync(upload.CompanyId, cancellationToken);
                var file = await files.FindAsync(upload.FileId, upload.CompanyId, cancellationToken);
                await cleaner.RemoveAsync(upload, file, companyUsage, cancellationToken);
                await unitOfWork.SaveChangesAsync(cancellationToken);
                return true;
            }, cancellationToken);
        }
        return expired.Count;
    }
}
