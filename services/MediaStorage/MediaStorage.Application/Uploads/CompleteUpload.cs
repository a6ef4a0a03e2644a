using AiVideo.MediaStorage.Application.Files;

namespace AiVideo.MediaStorage.Application.Uploads;

/// <summary>
/// Completes an upload: for multipart, storage assembles the listed parts; then the stored object is verified (size,
/// type) and the file made available, its stored event published with the change. Completing again answers the file
/// again; completing after a crash that came between storage's assembly and the commit finds the object assembled and
/// finishes the job, so nothing is lost and the event goes out once.
/// </summary>
public sealed class CompleteUpload(
    IFiles files, IUploads uploads, IUsage usage, IObjectStorage storage, StoredObjectVerifier verifier, IUnitOfWork unitOfWork, TimeProvider time)
{
    public async Task<Result<FileView>> ExecuteAsync(FileOwner owner, Guid uploadId, IReadOnlyList<(int PartNumber, string? ETag)> parts, CancellationToken cancellationToken)
    {
        return await unitOfWork.InTransactionAsync<Result<FileView>>(async () =>
        {
            // The usage lock serialises completions within a company, so two at once cannot both publish.
            var companyUsage = await usage.LockAsync(owner.CompanyId, cancellationToken);
            var upload = await uploads.FindAsync(uploadId, owner.CompanyId, cancellationToken);
            if (upload is null)
            {
                return Error.NotFound("upload");
            }
            var now = time.GetUtcNow();
            if (upload.CheckOpen(now) is { IsSuccess: false } closed)
            {
                return closed.Error;
            }
            var file = await files.FindAsync(upload.FileId, owner.CompanyId, cancellationToken);
            if (file is null)
            {
                return Error.NotFound("upload"); // completed, and the file deleted since
            }
            if (!owner.Manages(file))
            {
                return Error.Forbidden("Only a company admin or the uploader can complete this upload.");
            }
            if (upload.CompletedAt is not null)
            {
                return FileView.Of(file);
            }
            if (upload.CheckParts(parts) is { IsSuccess: false } wrongParts)
            {
                return wrongParts.Error;
            }

            if (upload.Method == UploadMethod.Multipart)
            {
                var completion = await storage.CompleteMultipartAsync(file.StorageKey, upload.MultipartUploadId!,
                    parts.Select(p => new CompletedPart(p.PartNumber, p.ETag!)).ToList(), cancellationToken);
                if (completion == MultipartCompletion.InvalidParts)
                {
                    return Error.Validation("parts", "Storage does not have these parts: each part number needs the ETag its PUT answered with.");
                }
            }

            var stored = await storage.HeadAsync(file.StorageKey, cancellationToken);
            if (stored is null)
            {
                return Error.Conflict("object_missing", "Nothing has been stored for this upload yet: send the bytes to the presigned URL(s) first.");
            }

            var verified = await verifier.VerifyAsync(file, stored, companyUsage, cancellationToken);
            if (verified.IsSuccess)
            {
                upload.Complete(now);
            }
            else
            {
                upload.Abort(now);
                files.Remove(file);
            }
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return verified.IsSuccess ? FileView.Of(file) : verified.Error;
        }, cancellationToken);
    }
}
