namespace AiVideo.MediaStorage.Application.Abstractions;

public interface IUploads
{
    void Add(Upload upload);

    Task<Upload?> FindAsync(Guid uploadId, Guid companyId, CancellationToken cancellationToken);

    Task<Upload?> ForFileAsync(Guid fileId, CancellationToken cancellationToken);

    /// <summary>Open uploads past their expiry, oldest first.</summary>
    Task<IReadOnlyList<Upload>> ExpiredAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);
}
