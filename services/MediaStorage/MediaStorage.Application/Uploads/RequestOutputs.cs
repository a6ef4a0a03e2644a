using AiVideo.MediaStorage.Domain.Usage;
using AiVideo.MediaStorage.Application.Files;

namespace AiVideo.MediaStorage.Application.Uploads;

/// <summary>
/// Keeps generation's outputs to one file each: a request (its id) names each output it stores (<see cref="FileOwner.Output"/>).
/// Asked for an output again, this finds the file stored for it; an upload of it that never finished (the job's worker
/// died between creating and completing it) is removed, with its bytes and reservation, so a fresh one can begin.
/// </summary>
public sealed class RequestOutputs(IFiles files, IUploads uploads, UploadCleaner cleaner, IUnitOfWork unitOfWork)
{
    /// <summary>The stored file of the owner's output, or null when there is none (any unfinished one was removed). Call under the usage lock.</summary>
    public async Task<StoredFile?> StoredOrClearedAsync(FileOwner owner, CompanyUsage usage, CancellationToken cancellationToken)
    {
        if (owner is not { Output: { } output, RequestId: { } requestId })
        {
            return null;
        }
        var existing = await files.FindOutputAsync(owner.CompanyId, requestId, output, cancellationToken);
        if (existing is null)
        {
            return null;
        }
        if (existing.Status != FileStatus.Uploading)
        {
            return existing;
        }
        if (await uploads.ForFileAsync(existing.Id, cancellationToken) is { } upload)
        {
            await cleaner.RemoveAsync(upload, existing, usage, cancellationToken);
        }
        else
        {
            files.Remove(existing);
        }
        // Saved before the new file is added: both carry the same output of the same request, which is unique.
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return null;
    }
}
