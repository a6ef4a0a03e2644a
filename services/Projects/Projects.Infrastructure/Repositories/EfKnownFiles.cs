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
        var stored = await db.KnownFiles.Where(f => ids.Contains(f.Id)).ToListAsync(cancellationToken);
        var added = db.KnownFiles.Local.Where(f => ids.Contains(f.Id) && stored.All(s => s.Id != f.Id));
        return [.. stored, .. added];
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
        db.KnownFiles.Add(file);
    }
}
