using AiVideo.SharedKernel.Paging;

namespace AiVideo.MediaStorage.Application.Abstractions;

public interface IFiles
{
    void Add(StoredFile file);

    void Remove(StoredFile file);

    /// <summary>A company's file; another company's is null, as if it did not exist.</summary>
    Task<StoredFile?> FindAsync(Guid fileId, Guid companyId, CancellationToken cancellationToken);

    Task<CursorPage<StoredFile>> ListAsync(Guid companyId, Guid? projectId, MediaKind? kind, PageRequest page, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredFile>> OfProjectAsync(Guid companyId, Guid projectId, CancellationToken cancellationToken);
}
