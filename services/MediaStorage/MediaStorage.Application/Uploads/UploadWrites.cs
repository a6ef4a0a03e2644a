namespace AiVideo.MediaStorage.Application.Uploads;

/// <summary>
/// Whether a presigned write may still land: the upload its URL belongs to is open and not expired. The filesystem
/// backend asks before and after it receives a PUT, so a URL is dead once its upload is completed, aborted or its file
/// deleted. S3 cannot ask: there the sweep settles what a URL wrote after its upload was closed.
/// </summary>
public sealed class UploadWrites(IUploads uploads, TimeProvider time)
{
    public async Task<bool> AcceptObjectAsync(string storageKey, CancellationToken cancellationToken) =>
        await uploads.ForObjectAsync(storageKey, cancellationToken) is { } upload && upload.Accepts(time.GetUtcNow());

    public async Task<bool> AcceptPartAsync(string multipartUploadId, CancellationToken cancellationToken) =>
        await uploads.ForMultipartAsync(multipartUploadId, cancellationToken) is { } upload && upload.Accepts(time.GetUtcNow());
}
