namespace AiVideo.Projects.Application.Brand;

/// <summary><c>PUT /api/companies/{id}/assets/{assetId}</c> (admins): replaces the asset's value and file (its type stays).</summary>
public sealed class UpdateBrandAsset(BrandAccess access, IUnitOfWork unit, TimeProvider time)
{
    public async Task<Result<BrandAssetView>> ExecuteAsync(Actor actor, Guid companyId, Guid assetId, string? value, Guid? fileId, CancellationToken cancellationToken)
    {
        var found = await access.ManageAsync(actor, companyId, assetId, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }
        var asset = found.Value;
        if (await access.CheckFileAsync(companyId, asset.Type, fileId, cancellationToken) is { } invalid)
        {
            return invalid;
        }
        var updated = asset.Update(value, fileId, time.GetUtcNow());
        if (!updated.IsSuccess)
        {
            return updated.Error;
        }
        await unit.SaveChangesAsync(cancellationToken);
        return BrandAssetView.Of(asset);
    }
}
