using AiVideo.Projects.Domain.Brand;

namespace AiVideo.Projects.Application.Abstractions;

/// <summary>The companies' brand kits.</summary>
public interface IBrandAssets
{
    void Add(BrandAsset asset);

    void Remove(BrandAsset asset);

    Task<BrandAsset?> FindAsync(Guid assetId, Guid companyId, CancellationToken cancellationToken);

    /// <summary>Every asset of the company's brand kit, newest first.</summary>
    Task<IReadOnlyList<BrandAsset>> OfCompanyAsync(Guid companyId, CancellationToken cancellationToken);
}
