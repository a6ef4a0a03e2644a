using AiVideo.BuildingBlocks.Paging;
using AiVideo.MediaStorage.Domain.Files;
using AiVideo.MediaStorage.Domain.Media;
using AiVideo.SharedKernel.Paging;

namespace AiVideo.MediaStorage.Infrastructure.Repositories;

internal sealed class EfFiles(MediaContext db) : IFiles
{
    private static readonly Dictionary<MediaKind, string> TypePrefixes = new()
    {
        [MediaKind.Image] = "image/", [MediaKind.Video] = "video/", [MediaKind.Audio] = "audio/", [MediaKind.Font] = "font/", [MediaKind.Model] = "model/", [MediaKind.Captions] = "text/",
    };

    public void Add(StoredFile file) => db.Files.Add(file);

    public void Remove(StoredFile file) => db.Files.Remove(file);

    public Task<StoredFile?> FindAsync(Guid fileId, Guid companyId, CancellationToken cancellationToken)
    {
        db.Forget<StoredFile>(f => f.Id == fileId);
        return db.Files.FirstOrDefaultAsync(f => f.Id == fileId && f.CompanyId == companyId, cancellationToken);
    }

    public Task<StoredFile?> FindSignedAsync(Guid fileId, CancellationToken cancellationToken) =>
        db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, cancellationToken);

    public Task<StoredFile?> FindOutputAsync(Guid companyId, Guid requestId, string output, CancellationToken cancellationToken)
    {
        db.Forget<StoredFile>(f => f.CompanyId == companyId && f.RequestId == requestId && f.Output == output);
        return db.Files.FirstOrDefaultAsync(f => f.CompanyId == companyId && f.RequestId == requestId && f.Output == output, cancellationToken);
    }

    public Task<CursorPage<StoredFile>> ListAsync(Guid companyId, Guid? projectId, MediaKind? kind, PageRequest page, CancellationToken cancellationToken)
    {
        var query = db.Files.AsNoTracking().Where(f => f.CompanyId == companyId);
        if (projectId is not null)
        {
            query = query.Where(f => f.ProjectId == projectId);
        }
        if (kind is { } mediaKind)
        {
            var prefix = TypePrefixes[mediaKind];
            query = query.Where(f => f.ContentType.StartsWith(prefix));
        }
        return query.ToCursorPageAsync(f => f.Id, page, cancellationToken);
    }

    public async Task<IReadOnlyList<StoredFile>> OfProjectAsync(Guid companyId, Guid projectId, CancellationToken cancellationToken) =>
        await db.Files.Where(f => f.CompanyId == companyId && f.ProjectId == projectId).ToListAsync(cancellationToken);
}
