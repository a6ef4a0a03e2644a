namespace AiVideo.MediaStorage.Application.Abstractions;

public interface IUploads
{
    void Add(Upload upload);

    /// <summary>The upload as the database has it now (read afresh even if this scope loaded it before, unless changed here).</summary>
    Task<Upload?> FindAsync(Guid uploadId, Guid companyId, CancellationToken cancellationToken);

    Task<Upload?> ForFileAsync(Guid fileId, CancellationToken cancellationToken);

    /// <summary>The single-PUT upload whose presigned URL writes to <paramref name="storageKey"/> (a snapshot).</summary>
    Task<Upload?> ForObjectAsync(string storageKey, CancellationToken cancellationToken);

    /// <summary>The upload of the storage's multipart upload <paramref name="multipartUploadId"/> (a snapshot).</summary>
    Task<Upload?> ForMultipartAsync(string multipartUploadId, CancellationToken cancellationToken);

    /// <summary>
    /// Open uploads past their expiry and not postponed by a failed sweep, oldest first (snapshots: find each again under
    /// the usage lock).
    /// </summary>
    Task<IReadOnlyList<Upload>> ExpiredAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Uploads not yet settled whose URLs expired before <paramref name="before"/> and not postponed past
    /// <paramref name="now"/>, oldest first (snapshots, as above).
    /// </summary>
    Task<IReadOnlyList<Upload>> UnsettledAsync(DateTimeOffset before, DateTimeOffset now, int limit, CancellationToken cancellationToken);
}
