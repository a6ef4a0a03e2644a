using AiVideo.Projects.Domain.Files;

namespace AiVideo.Projects.Application.Abstractions;

/// <summary>projects-api's own record of media files and the companies they belong to.</summary>
public interface IKnownFiles
{
    Task<IReadOnlyList<KnownFile>> FindAsync(IReadOnlyCollection<Guid> fileIds, CancellationToken cancellationToken);

    /// <summary>
    /// Records a file at once (within the current transaction, if any; a concurrent record of the same file wins), or takes
    /// what a newer report says about one already known (saved with the unit of work).
    /// </summary>
    Task RememberAsync(KnownFile file, CancellationToken cancellationToken);
}
