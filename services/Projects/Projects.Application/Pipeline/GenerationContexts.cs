using AiVideo.Contracts;
using AiVideo.Projects.Domain.Brand;
using AiVideo.Projects.Domain.Catalogue;

namespace AiVideo.Projects.Application.Pipeline;

/// <summary>
/// Reads the brand context of a project's requests: the company's newest colour scheme, logo file and font file, and,
/// when the project is about a car variant, the variant's description and its exterior and interior pictures; and the
/// provider the project asks for.
/// </summary>
public sealed class GenerationContexts(IBrandAssets brand, ICatalogue catalogue, IKnownFiles known)
{
    public async Task<GenerationContext> ForAsync(Project project, CancellationToken cancellationToken)
    {
        var assets = await brand.OfCompanyAsync(project.CompanyId, cancellationToken);
        var colors = assets.FirstOrDefault(a => a.Type == BrandAssetType.ColorScheme)?.Colors() ?? [];
        var logo = assets.FirstOrDefault(a => a.Type == BrandAssetType.Logo && a.FileId is not null)?.FileId;
        var font = assets.FirstOrDefault(a => a.Type == BrandAssetType.Font && a.FileId is not null)?.FileId;

        string? product = null;
        IReadOnlyList<Guid> pictures = [];
        if (project.CarVariantId is { } variantId
            && await catalogue.FindVariantAsync(variantId, project.CompanyId, cancellationToken) is { } variant
            && await catalogue.FindModelAsync(variant.ModelId, project.CompanyId, cancellationToken) is { } model)
        {
            product = variant.Describe(model);
            var candidates = (await catalogue.AllMediaAsync(variant.Id, cancellationToken))
                .Where(m => m.Type is CarMediaType.Exterior or CarMediaType.Interior)
                .Select(m => m.FileId)
                .ToList();
            var images = (await known.FindAsync(candidates, cancellationToken))
                .Where(f => f.CompanyId == project.CompanyId && f.ContentType.StartsWith("image/", StringComparison.Ordinal))
                .Select(f => f.Id)
                .ToHashSet();
            pictures = candidates.Where(images.Contains).ToList();
        }
        return new GenerationContext(new BrandContext(null, colors, logo, product, font), pictures, project.Provider);
    }
}
