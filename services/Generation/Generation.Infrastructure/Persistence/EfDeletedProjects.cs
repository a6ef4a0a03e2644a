using AiVideo.Generation.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace AiVideo.Generation.Infrastructure.Persistence;

/// <summary>
/// The <c>deleted_projects</c> table, with a transaction-scoped advisory lock per project (two-key form: this table's
/// key space, then the hash of the project id; a hash collision only makes two projects wait for each other).
/// </summary>
internal sealed class EfDeletedProjects(GenerationContext db) : IDeletedProjects
{
    /// <summary>The first key of the advisory locks on projects ("PRJD"), apart from every other lock of the database.</summary>
    private const int LockSpace = 0x50524A44;

    public async Task RememberAsync(DeletedProject project, CancellationToken cancellationToken)
    {
        EnsureTransaction();
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockSpace}, hashtext({project.ProjectId}::text))", cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO deleted_projects (project_id, company_id, deleted_at)
            VALUES ({project.ProjectId}, {project.CompanyId}, {project.DeletedAt})
            ON CONFLICT (project_id) DO NOTHING
            """, cancellationToken);
    }

    public async Task<bool> IsDeletedAsync(Guid companyId, Guid projectId, CancellationToken cancellationToken)
    {
        EnsureTransaction();
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock_shared({LockSpace}, hashtext({projectId}::text))", cancellationToken);
        return await db.DeletedProjects.AnyAsync(p => p.ProjectId == projectId && p.CompanyId == companyId, cancellationToken);
    }

    private void EnsureTransaction()
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Deleted projects are remembered and checked inside a transaction (their lock lasts until it ends).");
        }
    }
}
