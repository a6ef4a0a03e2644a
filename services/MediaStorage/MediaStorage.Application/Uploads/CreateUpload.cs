using AiVideo.MediaStorage.Application.Files;
using AiVideo.MediaStorage.Application.Projects;

namespace AiVideo.MediaStorage.Application.Uploads;

/// <summary>
/// Opens an upload: checks the declaration and the company's quota (counting uploads under way, under a lock), records
/// the file as uploading, reserves its bytes, and presigns where the client sends them: one PUT up to the multipart
/// threshold, parts above it. An output of a request (<see cref="FileOwner.Output"/>) is stored once: when the request
/// stored it already the ticket says so instead, and an upload of it left unfinished (its sender died) is removed first.
/// A file of a deleted project is refused (410 <c>project_deleted</c>, <see cref="DeletedProjectRule"/>).
/// </summary>
public sealed class CreateUpload(
    FileRequestRules rules, IFiles files, IUploads uploads, IObjectStorage storage, RequestOutputs outputs, DeletedProjectRule deletedProjects,
    IUnitOfWork unitOfWork, IOptions<MediaOptions> options, Usage.StorageQuotas quotas, TimeProvider time)
{
    public async Task<Result<UploadTicket>> ExecuteAsync(FileOwner owner, FileRequest request, CancellationToken cancellationToken)
    {
        var checkedRequest = rules.Check(request, owner);
        if (!checkedRequest.IsSuccess)
        {
            return checkedRequest.Error;
        }
        var accepted = checkedRequest.Value;

        return await unitOfWork.InTransactionAsync<Result<UploadTicket>>(async () =>
        {
            var now = time.GetUtcNow();
            var (companyUsage, allowance) = await quotas.LockAsync(owner.CompanyId, cancellationToken);
            if (await deletedProjects.RefuseAsync(owner.CompanyId, accepted.Target.ProjectId, cancellationToken) is { } deleted)
            {
                return deleted;
            }
            if (await outputs.StoredOrClearedAsync(owner, companyUsage, cancellationToken) is { } stored)
            {
                return UploadTicket.AlreadyStored(stored);
            }
            if (!allowance.Fits(companyUsage, accepted.Size))
            {
                return allowance.Exceeded(companyUsage, accepted.Size);
            }

            var file = StoredFile.Begin(owner.CompanyId, owner.UserId, owner.RequestId, accepted.Purpose, accepted.Target,
                accepted.FileName, accepted.ContentType, accepted.Size, now, owner.Output);
            files.Add(file);
            companyUsage.Reserve(accepted.Size, now);

            var settings = options.Value;
            var lifetime = settings.UploadLifetime;
            UploadTicket ticket;
            if (accepted.Size <= settings.MultipartThreshold)
            {
                var upload = Upload.Single(file.Id, owner.CompanyId, file.StorageKey, now, lifetime);
                uploads.Add(upload);
                ticket = new UploadTicket(upload.Id, file.Id, storage.PresignPut(file.StorageKey, file.ContentType, file.Size, upload.ExpiresAt), null, null,
                    upload.ExpiresAt);
            }
            else
            {
                var partSize = Math.Max(settings.PartSize, (accepted.Size + 9_999) / 10_000);
                var multipartId = await storage.StartMultipartAsync(file.StorageKey, file.ContentType, cancellationToken);
                var upload = Upload.Multipart(file.Id, owner.CompanyId, file.StorageKey, multipartId, accepted.Size, partSize, now, lifetime);
                uploads.Add(upload);
                var parts = Enumerable.Range(1, upload.PartCount)
                    .Select(n => new UploadPart(n, storage.PresignPart(file.StorageKey, multipartId, n, upload.PartLength(n, file.Size), upload.ExpiresAt).Url))
                    .ToList();
                ticket = new UploadTicket(upload.Id, file.Id, null, partSize, parts, upload.ExpiresAt);
            }

            await unitOfWork.SaveChangesAsync(cancellationToken);
            return ticket;
        }, cancellationToken);
    }
}
