namespace AiVideo.MediaStorage.Application.Playback;

/// <summary>
/// generation-api could not process a video upload (<c>GenerationFailed</c> at the transcode stage, whose request is the
/// file): the file is <c>failed</c> with generation's reason (e.g. not a readable video) and whatever renditions an
/// attempt stored are deleted; the original stays, so the user can download what they sent. Anything but a file in
/// processing is left alone.
/// </summary>
public sealed class FailVideoProcessing(IFiles files, IObjectStorage storage, IUnitOfWork unitOfWork, TimeProvider time)
{
    public async Task<bool> ExecuteAsync(Guid companyId, Guid fileId, string reason, CancellationToken cancellationToken) =>
        await unitOfWork.InTransactionAsync(async () =>
        {
            var file = await files.FindAsync(fileId, companyId, cancellationToken);
            if (file is not { Status: FileStatus.Processing, RenditionPrefix: { } prefix })
            {
                return false;
            }
            await foreach (var item in storage.ListAsync(prefix, cancellationToken))
            {
                if (item.Key != file.StorageKey)
                {
                    await storage.DeleteAsync(item.Key, cancellationToken);
                }
            }
            file.FailProcessing(reason, time.GetUtcNow());
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return true;
        }, cancellationToken);
}
