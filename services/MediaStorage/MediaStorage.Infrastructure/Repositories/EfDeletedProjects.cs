using AiVideo.MediaStorage.Domain.Projects;

namespace AiVideo.MediaStorage.Infrastructure.Repositories;

internal sealed class EfDeletedProjects(MediaContext db) : IDeletedProjects
{
    public async Task RememberAsync(DeletedProject project, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO deleted_projects (project_id, company_id, deleted_at)
            VALUES ({project.ProjectId}, {project.CompanyId}, {project.DeletedAt})
            ON CONFLICT (project_id) DO NOTHING
            """, cancellationToken);

    public Task<bool> IsDeletedAsync(Guid companyId, Guid projectId, CancellationToken cancellationToken) =>
        db.DeletedProjects.AnyAsync(p => p.ProjectId == projectId && p.CompanyId == companyId, cancellationToken);
}
