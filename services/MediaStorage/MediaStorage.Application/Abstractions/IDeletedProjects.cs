using AiVideo.MediaStorage.Domain.Projects;

namespace AiVideo.MediaStorage.Application.Abstractions;

/// <summary>
/// The projects media knows were deleted. Written and read under the company's usage lock (<see cref="IUsage.LockAsync"/>),
/// as files are created and removed, so that a file begun while its project is deleted is either removed by the deletion
/// or refused.
/// </summary>
public interface IDeletedProjects
{
    /// <summary>Remembers the project as deleted; remembering it again changes nothing.</summary>
    Task RememberAsync(DeletedProject project, CancellationToken cancellationToken);

    /// <summary>Whether the company's project was deleted (and is still remembered).</summary>
    Task<bool> IsDeletedAsync(Guid companyId, Guid projectId, CancellationToken cancellationToken);
}
