namespace AiVideo.Projects.Application.Abstractions;

/// <summary>The projects store. Every read names the company, so another company's project is simply not found.</summary>
public interface IProjects
{
    void Add(Project project);

    void Remove(Project project);

    /// <summary>The company's project as a whole aggregate (scenes, assets, requests, timeline, layers), read-only.</summary>
    Task<Project?> ReadAsync(Guid projectId, Guid companyId, CancellationToken cancellationToken);

    /// <summary>The company's project row alone (no scenes or requests), read-only: for status, ownership and the activity count.</summary>
    Task<Project?> ReadRowAsync(Guid projectId, Guid companyId, CancellationToken cancellationToken);

    /// <summary>
    /// Locks the project's row until the open transaction ends, then loads the whole aggregate for change (null when
    /// there is no such project). Whoever changes a project holds this lock, so replicas and requests take turns instead
    /// of failing on the concurrency token.
    /// </summary>
    Task<Project?> LockAsync(Guid projectId, CancellationToken cancellationToken);

    /// <summary>The project that issued a generation request, if any did.</summary>
    Task<Guid?> ProjectOfRequestAsync(Guid requestId, CancellationToken cancellationToken);

    /// <summary>Project rows of a company, newest first, optionally of one owner and in one status.</summary>
    Task<CursorPage<Project>> ListAsync(Guid companyId, Guid? ownerId, ProjectStatus? status, PageRequest page, CancellationToken cancellationToken);
}
