using AiVideo.MediaStorage.Application.Projects;
using AiVideo.MediaStorage.Application.Uploads;

namespace AiVideo.MediaStorage.Application.Files;

/// <summary>
/// The records of a direct upload that must outlive a crash while its bytes are stored: the file as uploading, its open
/// single-PUT upload and the reserved bytes, committed before anything is stored (run through
/// <see cref="IOwnUnitOfWork{TStep}"/>), so the uploads sweep finds and removes whatever a crash leaves in storage,
/// also when the request's <c>Idempotency-Key</c> holds its own transaction open until the answer.
/// </summary>
public sealed class DirectUploadJournal(
    IFiles files, IUploads uploads, IUsage usage, UploadCleaner cleaner, RequestOutputs outputs, DeletedProjectRule deletedProjects,
    IUnitOfWork unitOfWork, IOptions<MediaOptions> options, Usage.StorageQuotas quotas, TimeProvider time)
{
    public sealed record Begun(Guid? FileId, Guid? UploadId, string? StorageKey, FileView? Stored);

    /// <summary>Records the file and its open upload with the bytes reserved, or finds the request's output stored already.</summary>
    public async Task<Result<Begun>> BeginAsync(FileOwner owner, AcceptedFileRequest accepted, CancellationToken cancellationToken) =>
        await unitOfWork.InTransactionAsync<Result<Begun>>(async () =>
        {
            var now = time.GetUtcNow();
            var (companyUsage, allowance) = await quotas.LockAsync(owner.CompanyId, cancellationToken);
            if (await deletedProjects.RefuseAsync(owner.CompanyId, accepted.Target.ProjectId, cancellationToken) is { } deleted)
            {
                return deleted;
            }
            if (await outputs.StoredOrClearedAsync(owner, companyUsage, cancellationToken) is { } stored)
            {
                await unitOfWork.SaveChangesAsync(cancellationToken);
                return new Begun(null, null, null, FileView.Of(stored));
            }
            if (!allowance.Fits(companyUsage, accepted.Size))
            {
                return allowance.Exceeded(companyUsage, accepted.Size);
            }
            var file = StoredFile.Begin(owner.CompanyId, owner.UserId, owner.RequestId, accepted.Purpose, accepted.Target, accepted.FileName,
                accepted.ContentType, accepted.Size, now, owner.Output);
            var upload = Upload.Single(file.Id, owner.CompanyId, file.StorageKey, now, options.Value.UploadLifetime);
            files.Add(file);
            uploads.Add(upload);
            companyUsage.Reserve(accepted.Size, now);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return new Begun(file.Id, upload.Id, file.StorageKey, null);
        }, cancellationToken);

    /// <summary>Gives the reservation back and removes the records (and whatever was stored) after storing failed.</summary>
    public async Task<bool> AbandonAsync(Guid companyId, Guid uploadId, Guid fileId, CancellationToken cancellationToken) =>
        await unitOfWork.InTransactionAsync(async () =>
        {
            var companyUsage = await usage.LockAsync(companyId, cancellationToken);
            if (await uploads.FindAsync(uploadId, companyId, cancellationToken) is not { } upload)
            {
                return false;
            }
            await cleaner.RemoveAsync(upload, await files.FindAsync(fileId, companyId, cancellationToken), companyUsage, cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return true;
        }, cancellationToken);
}
