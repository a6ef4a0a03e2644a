using AiVideo.Projects.Domain.Files;

namespace AiVideo.Projects.Infrastructure.Repositories;

internal sealed class EfKnownFiles(ProjectsContext db, TimeProvider time) : IKnownFiles
{
    public async Task<IReadOnlyList<KnownFile>> FindAsync(IReadOnlyCollection<Guid> fileIds, CancellationToken cancellationToken)
    {
        if (fileIds.Count == 0)
        {
            return [];
        }
        var ids = fileIds.ToList();
        return await db.KnownFiles.Where(f => ids.Contains(f.Id)).ToListAsync(cancellationToken);
    }

    public async Task RememberAsync(KnownFile file, CancellationToken cancellationToken)
    {
        if (await db.KnownFiles.FindAsync([file.Id], cancellationToken) is { } known)
        {
            if (known.CompanyId == file.CompanyId)
            {
                known.Update(file, time.GetUtcNow());
            }
            return;
        }
        // A record, not a decision: an HTTP request learning a file from media-api and a consumer learning it from media's
        // event may both insert it at once; the second waits for the first and inserts nothing, instead of failing its
        // whole request on the primary key (both know the same facts: whose file it is and its type).
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO known_files (id, company_id, content_type, status, width, height, duration_seconds, learned_at, updated_at)
            VALUES ({file.Id}, {file.CompanyId}, {file.ContentType}, {file.Status}, {file.Width}, {file.Height}, {file.DurationSeconds},
                    {file.LearnedAt}, {file.UpdatedAt})
            ON CONFLICT (id) DO NOTHING
            """, cancellationToken);
    }
}
