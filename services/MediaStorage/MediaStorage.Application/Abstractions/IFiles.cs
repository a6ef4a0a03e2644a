using AiVideo.SharedKernel.Paging;

namespace AiVideo.MediaStorage.Application.Abstractions;

public interface IFiles
{
    void Add(StoredFile file);

    void Remove(StoredFile file);

    /// <summary>A company's file; another company's is null, as if it did not exist.</summary>
    Task<StoredFile?> FindAsync(Guid fileId, Guid companyId, CancellationToken cancellationToken);

    /// <summary>Any company's file (for requests whose signature is the credential), without tracking it.</summary>
    Task<StoredFile?> FindSignedAsync(Guid fileId, CancellationToken cancellationToken);

    /// <summary>The file a request stored as one of its outputs, if it stored it.</summary>
    Task<StoredFile?> FindOutputAsync(Guid companyId, Guid requestId, string output, CancellationToken cancellationToken);

    Task<CursorPage<StoredFile>> ListAsync(Guid companyId, Guid? projectId, MediaKind? kind, PageRequest page, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredFile>> OfProjectAsync(Guid companyId, Guid projectId, CancellationToken cancellationToken);
}
