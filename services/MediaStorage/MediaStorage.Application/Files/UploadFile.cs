using System.Runtime.InteropServices;
using AiVideo.MediaStorage.Application.Projects;
using AiVideo.MediaStorage.Application.Uploads;

namespace AiVideo.MediaStorage.Application.Files;

/// <summary>
/// A small file sent in the request itself (a form upload, or base64 as generated images arrive): the same checks as an
/// upload and the bytes recognised before anything is stored. Then it runs the upload protocol in one go: the file is
/// recorded as uploading with a single-PUT upload (bytes reserved) and committed on its own (<see cref="DirectUploadJournal"/>),
/// stored, then verified and announced. A crash while storing leaves an open upload, which the sweep removes with its
/// object when it expires, also when an <c>Idempotency-Key</c> keeps the request's own transaction open. An output of a
/// request that was stored already is answered with the stored file, nothing stored again. A file of a deleted project
/// is refused (410 <c>project_deleted</c>, <see cref="DeletedProjectRule"/>), also when the project is deleted while its
/// bytes are stored.
/// </summary>
public sealed class UploadFile(
    FileRequestRules rules, IFiles files, IUploads uploads, IUsage usage, IObjectStorage storage, StoredObjectVerifier verifier,
    IOwnUnitOfWork<DirectUploadJournal> journal, DeletedProjectRule deletedProjects, IUnitOfWork unitOfWork, IOptions<MediaOptions> options,
    TimeProvider time)
{
    public async Task<Result<FileView>> ExecuteAsync(FileOwner owner, FileRequest request, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var checkedRequest = rules.Check(request with { Size = content.Length }, owner, options.Value.DirectUploadMaxBytes);
        if (!checkedRequest.IsSuccess)
        {
            return checkedRequest.Error;
        }
        var accepted = checkedRequest.Value;
        var detected = MediaSignature.Detect(content.Span[..Math.Min(content.Length, StoredObjectVerifier.HeadBytes)]);
        if (detected is null || !MediaTypes.Agree(accepted.ContentType, detected.ContentType))
        {
            var found = detected?.ContentType ?? "unrecognised data";
            return Error.UnsupportedMediaType("content_type_mismatch", $"The file was declared as {accepted.ContentType} but its bytes are {found}.")
                with { Details = new Dictionary<string, object?> { ["declaredContentType"] = accepted.ContentType, ["detectedContentType"] = detected?.ContentType } };
        }

        var begun = await journal.RunAsync(step => step.BeginAsync(owner, accepted, cancellationToken));
        if (!begun.IsSuccess)
        {
            return begun.Error;
        }
        if (begun.Value.Stored is { } already)
        {
            return already;
        }
        var (fileId, uploadId, storageKey) = (begun.Value.FileId!.Value, begun.Value.UploadId!.Value, begun.Value.StorageKey!);

        ObjectInfo stored;
        try
        {
            var bytes = MemoryMarshal.TryGetArray(content, out var segment)
                ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
                : new MemoryStream(content.ToArray(), writable: false);
            stored = await storage.PutAsync(storageKey, bytes, content.Length, accepted.ContentType, cancellationToken);
        }
        catch
        {
            // Give the reservation back now rather than when the upload expires (on its own: the request's transaction rolls back).
            await journal.RunAsync(step => step.AbandonAsync(owner.CompanyId, uploadId, fileId, CancellationToken.None));
            throw;
        }

        return await unitOfWork.InTransactionAsync<Result<FileView>>(async () =>
        {
            var companyUsage = await usage.LockAsync(owner.CompanyId, cancellationToken);
            // Read both again under the lock: while the bytes were stored, the project may have been deleted (taking the
            // file and its reservation with it) or the upload aborted.
            var now = time.GetUtcNow();
            var current = await uploads.FindAsync(uploadId, owner.CompanyId, cancellationToken);
            var currentFile = await files.FindAsync(fileId, owner.CompanyId, cancellationToken);
            if (current is null || currentFile is null || current.CheckOpen(now) is { IsSuccess: false })
            {
                await storage.DeleteAsync(storageKey, cancellationToken);
                return await deletedProjects.RefuseAsync(owner.CompanyId, accepted.Target.ProjectId, cancellationToken)
                    ?? Error.Conflict("file_removed", "The file was removed while it was being stored (its upload aborted, or the file deleted).");
            }
            var verified = await verifier.VerifyAsync(currentFile, stored, companyUsage, cancellationToken);
            if (verified.IsSuccess)
            {
                current.Complete(now);
            }
            else
            {
                current.Abort(now);
                files.Remove(currentFile);
            }
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return verified.IsSuccess ? FileView.Of(currentFile) : verified.Error;
        }, cancellationToken);
    }
}
