using AiVideo.MediaStorage.Application.Uploads;

namespace AiVideo.MediaStorage.Application.Files;

/// <summary>
/// A small file sent in the request itself (a form upload, or base64 as generated images arrive): the same checks as an
/// upload, the bytes recognised before anything is stored, then stored, verified and announced in one go.
/// </summary>
public sealed class UploadFile(
    FileRequestRules rules, IFiles files, IUsage usage, IObjectStorage storage, StoredObjectVerifier verifier, IUnitOfWork unitOfWork,
    IOptions<MediaOptions> options, IOptions<Usage.QuotaOptions> quotas, TimeProvider time)
{
    public async Task<Result<FileView>> ExecuteAsync(FileOwner owner, FileRequest request, byte[] content, CancellationToken cancellationToken)
    {
        var checkedRequest = rules.Check(request with { Size = content.Length }, owner, options.Value.DirectUploadMaxBytes);
        if (!checkedRequest.IsSuccess)
        {
            return checkedRequest.Error;
        }
        var accepted = checkedRequest.Value;
        var detected = MediaSignature.Detect(content.AsSpan(0, Math.Min(content.Length, StoredObjectVerifier.HeadBytes)));
        if (detected is null || !MediaTypes.Agree(accepted.ContentType, detected.ContentType))
        {
            var found = detected?.ContentType ?? "unrecognised data";
            return Error.UnsupportedMediaType("content_type_mismatch", $"The file was declared as {accepted.ContentType} but its bytes are {found}.")
                with { Details = new Dictionary<string, object?> { ["declaredContentType"] = accepted.ContentType, ["detectedContentType"] = detected?.ContentType } };
        }

        return await unitOfWork.InTransactionAsync<Result<FileView>>(async () =>
        {
            var now = time.GetUtcNow();
            var companyUsage = await usage.LockAsync(owner.CompanyId, cancellationToken);
            var quota = quotas.Value.For(owner.CompanyId);
            if (!companyUsage.Fits(content.Length, quota))
            {
                return Error.TooLarge("quota_exceeded", $"The company's {quota}-byte quota has no room for {content.Length} more bytes.");
            }
            var file = StoredFile.Begin(owner.CompanyId, owner.UserId, owner.RequestId, accepted.Purpose, accepted.Target, accepted.FileName,
                accepted.ContentType, content.Length, now);
            files.Add(file);
            companyUsage.Reserve(content.Length, now);

            var stored = await storage.PutAsync(file.StorageKey, new MemoryStream(content, writable: false), content.Length, file.ContentType, cancellationToken);
            var verified = await verifier.VerifyAsync(file, stored, companyUsage, cancellationToken);
            if (!verified.IsSuccess)
            {
                files.Remove(file);
                return verified.Error;
            }
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return FileView.Of(file);
        }, cancellationToken);
    }
}
