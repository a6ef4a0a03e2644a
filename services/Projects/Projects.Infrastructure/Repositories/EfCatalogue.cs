using AiVideo.BuildingBlocks.Paging;
using AiVideo.Projects.Domain.Catalogue;
using AiVideo.SharedKernel.Paging;

namespace AiVideo.Projects.Infrastructure.Repositories;

internal sealed class EfCatalogue(ProjectsContext db) : ICatalogue
{
    public void Add(CarModel model) => db.CarModels.Add(model);

    public void Add(CarVariant variant) => db.CarVariants.Add(variant);

    public void Add(CarMedia media) => db.CarMedia.Add(media);

    public void Remove(CarModel model) => db.CarModels.Remove(model);

    public void Remove(CarVariant variant) => db.CarVariants.Remove(variant);

    public void Remove(CarMedia media) => db.CarMedia.Remove(media);

    public Task<CarModel?> FindModelAsync(Guid modelId, Guid companyId, CancellationToken cancellationToken) =>
        db.CarModels.FirstOrDefaultAsync(m => m.Id == modelId && m.CompanyId == companyId, cancellationToken);

    public Task<CarVariant?> FindVariantAsync(Guid variantId, Guid companyId, CancellationToken cancellationToken) =>
        db.CarVariants.FirstOrDefaultAsync(v => v.Id == variantId && v.CompanyId == companyId, cancellationToken);

    public Task<CarMedia?> FindMediaAsync(Guid mediaId, Guid companyId, CancellationToken cancellationToken) =>
        db.CarMedia.FirstOrDefaultAsync(m => m.Id == mediaId && m.CompanyId == companyId, cancellationToken);

    public Task<CursorPage<CarModel>> ModelsAsync(Guid companyId, PageRequest page, CancellationToken cancellationToken) =>
        db.CarModels.AsNoTracking().Where(m => m.CompanyId == companyId).ToCursorPageAsync(m => m.Id, page, cancellationToken);

    public Task<CursorPage<CarVariant>> VariantsAsync(Guid modelId, PageRequest page, CancellationToken cancellationToken) =>
        db.CarVariants.AsNoTracking().Where(v => v.ModelId == modelId).ToCursorPageAsync(v => v.Id, page, cancellationToken);

    public Task<CursorPage<CarMedia>> MediaAsync(Guid variantId, PageRequest page, CancellationToken cancellationToken) =>
        db.CarMedia.AsNoTracking().Where(m => m.VariantId == variantId).ToCursorPageAsync(m => m.Id, page, cancellationToken);

    public async Task<IReadOnlyList<CarMedia>> AllMediaAsync(Guid variantId, CancellationToken cancellationToken) =>
        await db.CarMedia.AsNoTracking().Where(m => m.VariantId == variantId).OrderBy(m => m.Id).ToListAsync(cancellationToken);
}
