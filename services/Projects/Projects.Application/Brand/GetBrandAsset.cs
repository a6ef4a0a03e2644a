namespace AiVideo.Projects.Application.Brand;

/// <summary><c>GET /api/companies/{id}/assets/{assetId}</c>.</summary>
public sealed class GetBrandAsset(BrandAccess access)
{
    public async Task<Result<BrandAssetView>> ExecuteAsync(Actor actor, Guid companyId, Guid assetId, CancellationToken cancellationToken) =>
        (await access.ReadAsync(actor, companyId, assetId, cancellationToken)).Map(BrandAssetView.Of);
}
