using AiVideo.BuildingBlocks.Paging;
using AiVideo.Identity.Domain.ApiKeys;
using AiVideo.SharedKernel.Paging;

namespace AiVideo.Identity.Infrastructure.Repositories;

internal sealed class EfApiKeys(IdentityContext db) : IApiKeys
{
    public void Add(ApiKey key) => db.ApiKeys.Add(key);

    public Task<ApiKey?> FindAsync(Guid keyId, CancellationToken cancellationToken) =>
        db.ApiKeys.FirstOrDefaultAsync(k => k.Id == keyId, cancellationToken);

    public Task<ApiKey?> FindByPrefixAsync(string prefix, CancellationToken cancellationToken) =>
        db.ApiKeys.FirstOrDefaultAsync(k => k.Prefix == prefix, cancellationToken);

    public async Task<IReadOnlyList<ApiKey>> ActiveCreatedByAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.ApiKeys.Where(k => k.CreatedBy == userId && k.RevokedAt == null && (k.ExpiresAt == null || k.ExpiresAt > now))
            .OrderBy(k => k.CreatedAt).ToListAsync(cancellationToken);

    public Task<CursorPage<ApiKey>> ListAsync(Guid companyId, Guid? createdBy, PageRequest page, CancellationToken cancellationToken) =>
        db.ApiKeys.AsNoTracking()
            .Where(k => k.CompanyId == companyId && (createdBy == null || k.CreatedBy == createdBy))
            .ToCursorPageAsync(k => k.Id, page, cancellationToken);
}
