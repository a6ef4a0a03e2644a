using AiVideo.BuildingBlocks.Paging;
using AiVideo.SharedKernel.Paging;
using Microsoft.EntityFrameworkCore;

namespace AiVideo.Generation.Infrastructure.Persistence;

internal sealed class EfJobs(GenerationContext db) : IJobs
{
    private static readonly string[] VideoKinds = [.. JobKinds.Videos];

    public void Add(GenerationJob job) => db.Jobs.Add(job);

    public Task<GenerationJob?> FindByRequestAsync(Guid requestId, CancellationToken cancellationToken) =>
        db.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.RequestId == requestId, cancellationToken);

    public Task<GenerationJob?> LockAsync(Guid jobId, CancellationToken cancellationToken) =>
        Fresh(db.Jobs.FromSql($"SELECT * FROM generation_jobs WHERE id = {jobId} FOR UPDATE")).FirstOrDefaultAsync(cancellationToken);

    public Task<GenerationJob?> LockByRequestAsync(Guid requestId, CancellationToken cancellationToken) =>
        Fresh(db.Jobs.FromSql($"SELECT * FROM generation_jobs WHERE request_id = {requestId} FOR UPDATE")).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The claimable jobs of the provider, ordered for fairness between companies: first the company with the fewest jobs
    /// running on live leases, then the one whose last claim is oldest (one never served first), then the job due first.
    /// Rows another worker is claiming are skipped, not waited for.
    /// </summary>
    public Task<GenerationJob?> LockNextClaimableAsync(string provider, DateTimeOffset now, CancellationToken cancellationToken) =>
        Fresh(db.Jobs.FromSql($"""
            SELECT * FROM generation_jobs WHERE id = (
                SELECT j.id FROM generation_jobs j
                WHERE j.provider = {provider}
                  AND ((j.status = 'queued' AND j.due_at <= {now}) OR (j.status = 'running' AND j.lease_expires_at < {now}))
                ORDER BY
                    (SELECT count(*) FROM generation_jobs r
                     WHERE r.company_id = j.company_id AND r.status = 'running' AND r.lease_expires_at >= {now}),
                    (SELECT max(c.claimed_at) FROM generation_jobs c WHERE c.company_id = j.company_id) NULLS FIRST,
                    j.due_at, j.id
                LIMIT 1
                FOR UPDATE OF j SKIP LOCKED)
            """)).FirstOrDefaultAsync(cancellationToken);

    public async Task<bool> RenewAsync(
        Guid jobId, string worker, int attempt, DateTimeOffset leaseExpiresAt, string? stage, int progress, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"""
            UPDATE generation_jobs
            SET lease_expires_at = {leaseExpiresAt}, stage = {stage}, progress = {progress}, updated_at = {now}
            WHERE id = {jobId} AND lease_owner = {worker} AND attempts = {attempt} AND status = 'running'
            """, cancellationToken) == 1;

    public async Task<IReadOnlyList<GenerationJob>> LockActiveOfProjectAsync(Guid companyId, Guid projectId, CancellationToken cancellationToken) =>
        await Fresh(db.Jobs.FromSql($"""
            SELECT * FROM generation_jobs
            WHERE company_id = {companyId} AND project_id = {projectId} AND status IN ('queued', 'running')
            FOR UPDATE
            """)).ToListAsync(cancellationToken);

    public Task<GenerationJob?> FindAsync(Guid jobId, Guid companyId, CancellationToken cancellationToken) =>
        db.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId && j.CompanyId == companyId, cancellationToken);

    public Task<CursorPage<GenerationJob>> ListVideosAsync(Guid companyId, PageRequest page, CancellationToken cancellationToken) =>
        Videos(companyId).ToCursorPageAsync(j => j.Id, page, cancellationToken);

    public async Task<IReadOnlyList<GenerationJob>> ListVideosAfterAsync(Guid companyId, Guid? after, int limit, bool ascending, CancellationToken cancellationToken)
    {
        var query = Videos(companyId);
        if (after is { } id)
        {
            query = ascending ? query.Where(j => j.Id > id) : query.Where(j => j.Id < id);
        }
        query = ascending ? query.OrderBy(j => j.Id) : query.OrderByDescending(j => j.Id);
        return await query.Take(limit).ToListAsync(cancellationToken);
    }

    private IQueryable<GenerationJob> Videos(Guid companyId) =>
        db.Jobs.AsNoTracking().Where(j => j.CompanyId == companyId && j.DeletedAt == null && VideoKinds.Contains(j.Kind));

    /// <summary>Rows read afresh even if this context tracked them before (a lock is only worth the state it reads).</summary>
    private static IQueryable<GenerationJob> Fresh(IQueryable<GenerationJob> query) => query.AsTracking().IgnoreQueryFilters();
}
