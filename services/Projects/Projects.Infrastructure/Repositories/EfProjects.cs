using AiVideo.BuildingBlocks.Paging;
using AiVideo.Projects.Domain.Projects;
using AiVideo.SharedKernel.Paging;

namespace AiVideo.Projects.Infrastructure.Repositories;

internal sealed class EfProjects(ProjectsContext db) : IProjects
{
    public void Add(Project project) => db.Projects.Add(project);

    public void Remove(Project project) => db.Projects.Remove(project);

    public Task<Project?> ReadAsync(Guid projectId, Guid companyId, CancellationToken cancellationToken) =>
        db.Projects.AsNoTracking().WholeAggregate().FirstOrDefaultAsync(p => p.Id == projectId && p.CompanyId == companyId, cancellationToken);

    public Task<Project?> ReadRowAsync(Guid projectId, Guid companyId, CancellationToken cancellationToken) =>
        db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId && p.CompanyId == companyId, cancellationToken);

    public async Task<Project?> LockAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var locked = await db.Database
            .SqlQuery<Guid>($"SELECT id AS \"Value\" FROM projects WHERE id = {projectId} FOR UPDATE")
            .ToListAsync(cancellationToken);
        if (locked.Count == 0)
        {
            return null;
        }
        // The row is ours until the transaction ends; read it (and its children) as they are now, not as this scope saw them before.
        foreach (var stale in db.ChangeTracker.Entries<Project>().Where(e => e.Entity.Id == projectId && e.State == EntityState.Unchanged).ToList())
        {
            stale.State = EntityState.Detached;
        }
        return await db.Projects.WholeAggregate().SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken);
    }

    public Task<Guid?> ProjectOfRequestAsync(Guid requestId, CancellationToken cancellationToken) =>
        db.Requests.AsNoTracking().Where(r => r.Id == requestId).Select(r => (Guid?)r.ProjectId).FirstOrDefaultAsync(cancellationToken);

    public Task<CursorPage<Project>> ListAsync(Guid companyId, Guid? ownerId, ProjectStatus? status, PageRequest page, CancellationToken cancellationToken)
    {
        var query = db.Projects.AsNoTracking().Where(p => p.CompanyId == companyId);
        if (ownerId is { } owner)
        {
            query = query.Where(p => p.OwnerId == owner);
        }
        if (status is { } wanted)
        {
            query = query.Where(p => p.Status == wanted);
        }
        return query.ToCursorPageAsync(p => p.Id, page, cancellationToken);
    }
}
