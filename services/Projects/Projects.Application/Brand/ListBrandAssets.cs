namespace AiVideo.Projects.Application.Brand;

/// <summary><c>GET /api/companies/{id}/assets</c>: the company's brand kit, newest first (everyone in the company).</summary>
public sealed class ListBrandAssets(IBrandAssets assets)
{
    public async Task<Result<IReadOnlyList<BrandAssetView>>> ExecuteAsync(Actor actor, Guid companyId, CancellationToken cancellationToken) =>
        Access.SameCompany(actor, companyId, BrandAccess.What) is { } notFound
            ? notFound
            : (await assets.OfCompanyAsync(companyId, cancellationToken)).Select(BrandAssetView.Of).ToList();
}
