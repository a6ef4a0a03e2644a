namespace AiVideo.MediaStorage.Application.Storage;

/// <summary>
/// A storage backend that serves its own presigned URLs (the embedded filesystem backend): media-api's anonymous
/// <c>/storage</c> routes hand it the signed requests, and it checks and answers them as S3 would. S3-compatible stores
/// serve theirs themselves, so this port has an implementation only when the filesystem backend is in use.
/// </summary>
public interface ISelfServedStorage
{
    /// <summary>Why a signed request is refused (expired, tampered, not a storage key, a repeated parameter), or null when it holds.</summary>
    string? Refuse(string method, string path, Func<string, string?> query);

    /// <summary>What a checked URL was signed for: the length a PUT takes, its content type, a download's file name.</summary>
    SignedTerms Terms(Func<string, string?> query);

    Task<ObjectInfo?> HeadAsync(string key, CancellationToken cancellationToken);

    Task<ObjectContent?> GetAsync(string key, ByteRange? range, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a presigned object PUT (exactly the signed length) once it is in, through <paramref name="landIfAccepted"/>:
    /// it runs the given write only while the upload still accepts it (and says whether it did), so that the object lands
    /// before the upload is closed, or not at all. Null when it did not land.
    /// </summary>
    Task<ObjectInfo?> ReceiveObjectAsync(string key, Stream body, long length, string contentType, Func<Func<Task>, CancellationToken, Task<bool>> landIfAccepted,
        CancellationToken cancellationToken);

    /// <summary>Stores a presigned part PUT (at most the signed length) and returns its ETag; null when the upload is gone or no longer accepted.</summary>
    Task<string?> ReceivePartAsync(string uploadId, int partNumber, Stream body, long maxLength, Func<CancellationToken, Task<bool>> accepted,
        CancellationToken cancellationToken);
}
