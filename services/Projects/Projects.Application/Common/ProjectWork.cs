namespace AiVideo.Projects.Application.Common;

/// <summary>
/// How every use case changes a project: in one transaction, with the project's row locked, seen only by its company,
/// changed only by its owner or an admin, and saved (with the outbox events and activity the change added) only when
/// the change succeeds; a refusal leaves nothing behind.
/// </summary>
public sealed class ProjectWork(IProjects projects, IUnitOfWork unit, TimeProvider time)
{
    public Task<Result<T>> ChangeAsync<T>(Actor actor, Guid projectId, Func<Project, DateTimeOffset, Task<Result<T>>> change, CancellationToken cancellationToken) =>
        unit.InTransactionAsync(async () =>
        {
            var project = await projects.LockAsync(projectId, cancellationToken);
            if (project is null || project.CompanyId != actor.CompanyId)
            {
                return Access.ProjectNotFound;
            }
            if (Access.Manage(actor, project) is { } denied)
            {
                return denied;
            }
            var result = await change(project, time.GetUtcNow());
            if (result.IsSuccess)
            {
                await unit.SaveChangesAsync(cancellationToken);
            }
            return result;
        }, result => result.IsSuccess, cancellationToken);

    /// <summary>A change that needs nothing asynchronous.</summary>
    public Task<Result<T>> ChangeAsync<T>(Actor actor, Guid projectId, Func<Project, DateTimeOffset, Result<T>> change, CancellationToken cancellationToken) =>
        ChangeAsync(actor, projectId, (project, now) => Task.FromResult(change(project, now)), cancellationToken);
}
