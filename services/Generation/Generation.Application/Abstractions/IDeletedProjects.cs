using AiVideo.Generation.Domain.Projects;

namespace AiVideo.Generation.Application.Abstractions;

/// <summary>
/// The projects this service knows were deleted. A deletion and a check of the same project exclude each other until
/// their transactions end (<see cref="RememberAsync"/> takes the project's lock exclusively, <see cref="IsDeletedAsync"/>
/// shares it), so a job queued while its project is being deleted is either seen, and cancelled, by the deletion, or
/// sees it. Both run inside a transaction.
/// </summary>
public interface IDeletedProjects
{
    /// <summary>Remembers the project as deleted; remembering it again changes nothing.</summary>
    Task RememberAsync(DeletedProject project, CancellationToken cancellationToken);

    /// <summary>Whether the company's project was deleted (and is still remembered).</summary>
    Task<bool> IsDeletedAsync(Guid companyId, Guid projectId, CancellationToken cancellationToken);
}
