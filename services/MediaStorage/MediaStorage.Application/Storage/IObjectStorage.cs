namespace AiVideo.MediaStorage.Application.Storage;

/// <summary>
/// Where file bytes live: an S3-compatible bucket or the embedded filesystem store, behind one protocol. Clients write
/// and read through presigned URLs, so the bytes never pass through the service unless it streams them itself.
/// </summary>
public interface IObjectStorage
{
    /// <summary>Creates the bucket or folder if it is missing.</summary>
    Task EnsureReadyAsync(CancellationToken cancellationToken);

    Task<ObjectInfo> PutAsync(string key, Stream content, long length, string contentType, CancellationToken cancellationToken);

    Task<ObjectInfo?> HeadAsync(string key, CancellationToken cancellationToken);

    /// <summary>The object's bytes, or a range of them; null when there is no such object.</summary>
    Task<ObjectContent?> GetAsync(string key, ByteRange? range, CancellationToken cancellationToken);

    /// <summary>Deletes the object; deleting a missing one is not an error.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);

    IAsyncEnumerable<ObjectInfo> ListAsync(string prefix, CancellationToken cancellationToken);

    /// <summary>A PUT of exactly <paramref name="length"/> bytes of <paramref name="contentType"/> to the key.</summary>
    PresignedRequest PresignPut(string key, string contentType, long length, DateTimeOffset expiresAt);

    /// <summary>A GET of the object; with a file name, it downloads as an attachment of that name.</summary>
    PresignedRequest PresignGet(string key, DateTimeOffset expiresAt, string? downloadFileName = null);

    Task<string> StartMultipartAsync(string key, string contentType, CancellationToken cancellationToken);

    /// <summary>A PUT of one part of exactly <paramref name="length"/> bytes (the last part may be shorter than the others).</summary>
    PresignedRequest PresignPart(string key, string uploadId, int partNumber, long length, DateTimeOffset expiresAt);

    Task<MultipartCompletion> CompleteMultipartAsync(string key, string uploadId, IReadOnlyList<CompletedPart> parts, CancellationToken cancellationToken);

    /// <summary>Abandons a multipart upload: its parts are deleted. Aborting an unknown one is not an error.</summary>
    Task AbortMultipartAsync(string key, string uploadId, CancellationToken cancellationToken);
}
