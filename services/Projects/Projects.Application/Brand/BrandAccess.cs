using AiVideo.Projects.Application.Files;
using AiVideo.Projects.Domain.Brand;

namespace AiVideo.Projects.Application.Brand;

/// <summary>
/// What the brand kit's use cases share: the route's company must be the caller's (else not found), only admins change
/// the kit, and an asset's file must be the company's image (a font file for <c>FONT</c>).
/// </summary>
public sealed class BrandAccess(IBrandAssets assets, FileChecks files)
{
    public const string What = "brand kit";

    public static Error AssetNotFound { get; } = Error.NotFound("brand asset");

    /// <summary>The company's asset for a reader, or not found.</summary>
    public async Task<Result<BrandAsset>> ReadAsync(Actor actor, Guid companyId, Guid assetId, CancellationToken cancellationToken) =>
        Access.SameCompany(actor, companyId, What) is null && await assets.FindAsync(assetId, companyId, cancellationToken) is { } asset
            ? asset
            : AssetNotFound;

    /// <summary>The company's asset for an admin: not found, then forbidden for members.</summary>
    public async Task<Result<BrandAsset>> ManageAsync(Actor actor, Guid companyId, Guid assetId, CancellationToken cancellationToken)
    {
        var found = await ReadAsync(actor, companyId, assetId, cancellationToken);
        return found.IsSuccess && Access.Administer(actor, What) is { } denied ? denied : found;
    }

    public Task<Error?> CheckFileAsync(Guid companyId, BrandAssetType type, Guid? fileId, CancellationToken cancellationToken) =>
        fileId is { } file
            ? files.CheckAsync(companyId, [new FileUse("fileId", file, type == BrandAssetType.Font ? FileKind.Font : FileKind.Image)], cancellationToken)
            : Task.FromResult<Error?>(null);
}
