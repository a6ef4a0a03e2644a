namespace AiVideo.Projects.Application.Brand;

/// <summary><c>DELETE /api/companies/{id}/assets/{assetId}</c> (admins).</summary>
public sealed class DeleteBrandAsset(IBrandAssets assets, BrandAccess access, IUnitOfWork unit)
{
    public async Task<Result> ExecuteAsync(Actor actor, Guid companyId, Guid assetId, CancellationToken cancellationToken)
    {
        var found = await access.ManageAsync(actor, companyId, assetId, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }
        assets.Remove(found.Value);
        await unit.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }
}
