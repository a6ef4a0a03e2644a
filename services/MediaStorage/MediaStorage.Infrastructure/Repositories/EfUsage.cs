using AiVideo.MediaStorage.Domain.Usage;

namespace AiVideo.MediaStorage.Infrastructure.Repositories;

internal sealed class EfUsage(MediaContext db, TimeProvider time) : IUsage
{
    public Task<CompanyUsage?> FindAsync(Guid companyId, CancellationToken cancellationToken) =>
        db.Set<CompanyUsage>().AsNoTracking().FirstOrDefaultAsync(u => u.CompanyId == companyId, cancellationToken);

    public async Task<CompanyUsage> LockAsync(Guid companyId, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Usage is locked inside a transaction: run the work through the unit of work.");
        }
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO company_usage (company_id, bytes_used, file_count, reserved_bytes, updated_at)
            VALUES ({companyId}, 0, 0, 0, {time.GetUtcNow()})
            ON CONFLICT (company_id) DO NOTHING
            """, cancellationToken);
        // A row this context already tracks (locked by an earlier transaction of the same scope) may be stale: read it afresh.
        db.Forget<CompanyUsage>(u => u.CompanyId == companyId, evenIfChanged: true);
        return await db.Set<CompanyUsage>()
            .FromSql($"SELECT * FROM company_usage WHERE company_id = {companyId} FOR UPDATE")
            .SingleAsync(cancellationToken);
    }

    public Task<CompanyPlan?> FindPlanAsync(Guid companyId, CancellationToken cancellationToken) =>
        db.Set<CompanyPlan>().AsNoTracking().FirstOrDefaultAsync(p => p.CompanyId == companyId, cancellationToken);

    public async Task LockPoolAsync(Guid storagePoolId, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A storage pool is locked inside a transaction: run the work through the unit of work.");
        }
        // A transaction-scoped advisory lock on the pool id's hash (a collision only serialises two pools' quota checks).
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({storagePoolId.ToString()}, 0))", cancellationToken);
    }

    public async Task<long> PoolUsageAsync(Guid storagePoolId, Guid exceptCompanyId, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<long>($"""
            SELECT COALESCE(SUM(u.bytes_used + u.reserved_bytes), 0)::bigint AS "Value"
            FROM company_plans p JOIN company_usage u ON u.company_id = p.company_id
            WHERE p.storage_pool_id = {storagePoolId} AND p.company_id <> {exceptCompanyId}
            """).SingleAsync(cancellationToken);

    public async Task<bool> AssignPlanAsync(CompanyPlan plan, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO company_plans (company_id, plan, storage_pool_id, storage_quota_bytes, assigned_at)
            VALUES ({plan.CompanyId}, {plan.Plan}, {plan.StoragePoolId}, {plan.StorageQuotaBytes}, {plan.AssignedAt})
            ON CONFLICT (company_id) DO UPDATE
            SET plan = EXCLUDED.plan, storage_pool_id = EXCLUDED.storage_pool_id, storage_quota_bytes = EXCLUDED.storage_quota_bytes,
                assigned_at = EXCLUDED.assigned_at
            WHERE company_plans.assigned_at < EXCLUDED.assigned_at
            """, cancellationToken) == 1;
}
