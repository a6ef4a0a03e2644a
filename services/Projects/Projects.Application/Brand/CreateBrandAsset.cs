using AiVideo.Projects.Domain.Brand;

namespace AiVideo.Projects.Application.Brand;

/// <summary><c>POST /api/companies/{id}/assets</c> (admins): a logo, colour scheme, badge or font, as a JSON value and/or a file of the company.</summary>
public sealed class CreateBrandAsset(IBrandAssets assets, BrandAccess access, IUnitOfWork unit, TimeProvider time)
{
    public async Task<Result<BrandAssetView>> ExecuteAsync(Actor actor, Guid companyId, string? type, string? value, Guid? fileId, CancellationToken cancellationToken)
    {
        if ((Access.SameCompany(actor, companyId, BrandAccess.What) ?? Access.Administer(actor, BrandAccess.What)) is { } denied)
        {
            return denied;
        }
        if (!BrandAssetTypes.TryParse(type, out var parsed))
        {
            return Error.Validation("type", $"'{type}' is not one of: {string.Join(", ", BrandAssetTypes.All)}.");
        }
        var created = BrandAsset.Create(companyId, parsed, value, fileId, time.GetUtcNow());
        if (!created.IsSuccess)
        {
            return created.Error;
        }
        if (await access.CheckFileAsync(companyId, parsed, fileId, cancellationToken) is { } invalid)
        {
            return invalid;
        }
        assets.Add(created.Value);
        await unit.SaveChangesAsync(cancellationToken);
        return BrandAssetView.Of(created.Value);
    }
}
