using AiVideo.Projects.Domain.Catalogue;

namespace AiVideo.Projects.Application.Abstractions;

/// <summary>The companies' car catalogues: models, their variants, the variants' media. Every read names the company.</summary>
public interface ICatalogue
{
    void Add(CarModel model);

    void Add(CarVariant variant);

    void Add(CarMedia media);

    void Remove(CarModel model);

    void Remove(CarVariant variant);

    void Remove(CarMedia media);

    Task<CarModel?> FindModelAsync(Guid modelId, Guid companyId, CancellationToken cancellationToken);

    Task<CarVariant?> FindVariantAsync(Guid variantId, Guid companyId, CancellationToken cancellationToken);

    Task<CarMedia?> FindMediaAsync(Guid mediaId, Guid companyId, CancellationToken cancellationToken);

    Task<CursorPage<CarModel>> ModelsAsync(Guid companyId, PageRequest page, CancellationToken cancellationToken);

    Task<CursorPage<CarVariant>> VariantsAsync(Guid modelId, PageRequest page, CancellationToken cancellationToken);

    Task<CursorPage<CarMedia>> MediaAsync(Guid variantId, PageRequest page, CancellationToken cancellationToken);

    /// <summary>Every media file of a variant, oldest first (what generation requests draw on).</summary>
    Task<IReadOnlyList<CarMedia>> AllMediaAsync(Guid variantId, CancellationToken cancellationToken);
}
