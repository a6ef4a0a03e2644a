using AiVideo.MediaStorage.Domain.Uploads;

namespace AiVideo.MediaStorage.Infrastructure.Repositories;

internal sealed class EfUploads(MediaContext db) : IUploads
{
    public void Add(Upload upload) => db.Uploads.Add(upload);

    public Task<Upload?> FindAsync(Guid uploadId, Guid companyId, CancellationToken cancellationToken) =>
        db.Uploads.FirstOrDefaultAsync(u => u.Id == uploadId && u.CompanyId == companyId, cancellationToken);

    public Task<Upload?> ForFileAsync(Guid fileId, CancellationToken cancellationToken) =>
        db.Uploads.FirstOrDefaultAsync(u => u.FileId == fileId, cancellationToken);

    public async Task<IReadOnlyList<Upload>> ExpiredAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        await db.Uploads.Where(u => u.CompletedAt == null && u.AbortedAt == null && u.ExpiresAt <= now)
            .OrderBy(u => u.ExpiresAt).Take(limit).ToListAsync(cancellationToken);
}
