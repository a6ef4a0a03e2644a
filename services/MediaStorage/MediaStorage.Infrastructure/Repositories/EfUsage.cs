using AiVideo.MediaStorage.Application.Abstractions;
using AiVideo.MediaStorage.Domain.Usage;
using AiVideo.MediaStorage.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AiVideo.MediaStorage.Infrastructure.Repositories;

internal sealed class EfUsage(MediaContext db) : IUsage
{
    public Task<CompanyUsage?> FindAsync(Guid companyId, CancellationToken cancellationToken) =>
        db.Set<CompanyUsage>().AsNoTracking().FirstOrDefaultAsync(u => u.CompanyId == companyId, cancellationToken);
}
