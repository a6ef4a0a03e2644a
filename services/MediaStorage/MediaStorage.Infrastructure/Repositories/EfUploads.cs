using AiVideo.MediaStorage.Domain.Uploads;

namespace AiVideo.MediaStorage.Infrastructure.Repositories;

internal sealed class EfUploads(MediaContext db) : IUploads
{
    public void Add(Upload upload) => db.Uploads.Add(upload);

    public Task<Upload?> FindAsync(Guid uploadId, Guid companyId, CancellationToken cancellationToken)
    {
        db.Forget<Upload>(u => u.Id == uploadId);
        return db.Uploads.FirstOrDefaultAsync(u => u.Id == uploadId && u.CompanyId == companyId, cancellationToken);
    }

    public Task<Upload?> ForFileAsync(Guid fileId, CancellationToken cancellationToken) =>
        db.Uploads.FirstOrDefaultAsync(u => u.FileId == fileId, cancellationToken);

    public Task<Upload?> ForObjectAsync(string storageKey, CancellationToken cancellationToken) =>
        db.Uploads.AsNoTracking().FirstOrDefaultAsync(u => u.StorageKey == storageKey && u.Method == UploadMethod.Single, cancellationToken);

    public Task<Upload?> ForMultipartAsync(string multipartUploadId, CancellationToken cancellationToken) =>
        db.Uploads.AsNoTracking().FirstOrDefaultAsync(u => u.MultipartUploadId == multipartUploadId, cancellationToken);

    public async Task<IReadOnlyList<Upload>> ExpiredAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        await db.Uploads.AsNoTracking().Where(u => u.CompletedAt == null && u.AbortedAt == null && u.ExpiresAt <= now
                && (u.SweepRetryAt == null || u.SweepRetryAt <= now))
            .OrderBy(u => u.ExpiresAt).Take(limit).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Upload>> UnsettledAsync(DateTimeOffset before, DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        await db.Uploads.AsNoTracking().Where(u => u.SettledAt == null && u.ExpiresAt <= before && (u.SweepRetryAt == null || u.SweepRetryAt <= now))
            .OrderBy(u => u.ExpiresAt).Take(limit).ToListAsync(cancellationToken);
}
