using AiVideo.Projects.Domain.Brand;

namespace AiVideo.Projects.Infrastructure.Repositories;

internal sealed class EfBrandAssets(ProjectsContext db) : IBrandAssets
{
    public void Add(BrandAsset asset) => db.BrandAssets.Add(asset);

    public void Remove(BrandAsset asset) => db.BrandAssets.Remove(asset);

    public Task<BrandAsset?> FindAsync(Guid assetId, Guid companyId, CancellationToken cancellationToken) =>
        db.BrandAssets.FirstOrDefaultAsync(a => a.Id == assetId && a.CompanyId == companyId, cancellationToken);

    public async Task<IReadOnlyList<BrandAsset>> OfCompanyAsync(Guid companyId, CancellationToken cancellationToken) =>
        await db.BrandAssets.AsNoTracking().Where(a => a.CompanyId == companyId)
            .OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id)
            .ToListAsync(cancellationToken);
}
