namespace AiVideo.MediaStorage.Application.Uploads;

/// <summary>Abandons an upload: whatever reached storage is deleted, the file leaves the registry and its reservation is released.</summary>
public sealed class AbortUpload(IFiles files, IUploads uploads, IUsage usage, UploadCleaner cleaner, IUnitOfWork unitOfWork)
{
    public async Task<Result> ExecuteAsync(Files.FileOwner owner, Guid uploadId, CancellationToken cancellationToken)
    {
        return await unitOfWork.InTransactionAsync<Result>(async () =>
        {
            var companyUsage = await usage.LockAsync(owner.CompanyId, cancellationToken);
            var upload = await uploads.FindAsync(uploadId, owner.CompanyId, cancellationToken);
            if (upload is null)
            {
                return Error.NotFound("upload");
            }
            if (upload.CompletedAt is not null)
            {
                return Error.Conflict("upload_completed", "The upload is complete; delete the file instead.");
            }
            if (upload.AbortedAt is null)
            {
                var file = await files.FindAsync(upload.FileId, owner.CompanyId, cancellationToken);
                if (file is not null && !owner.Manages(file))
                {
                    return Error.Forbidden("Only a company admin or the uploader can abort this upload.");
                }
                await cleaner.RemoveAsync(upload, file, companyUsage, cancellationToken);
                await unitOfWork.SaveChangesAsync(cancellationToken);
            }
            return Result.Success;
        }, cancellationToken);
    }
}
