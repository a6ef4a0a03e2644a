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
}
