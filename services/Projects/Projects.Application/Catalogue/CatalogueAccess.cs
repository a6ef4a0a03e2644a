using AiVideo.Projects.Domain.Catalogue;

namespace AiVideo.Projects.Application.Catalogue;

/// <summary>
/// What the catalogue's use cases share: everything is found only within the caller's company (another company's is
/// not found), everyone reads, admins change.
/// </summary>
public sealed class CatalogueAccess(ICatalogue catalogue)
{
    public const string What = "catalogue";

    public async Task<Result<CarModel>> ModelAsync(Actor actor, Guid modelId, bool manage, CancellationToken cancellationToken) =>
        Allowed(await catalogue.FindModelAsync(modelId, actor.CompanyId, cancellationToken), "car model", actor, manage);

    public async Task<Result<CarVariant>> VariantAsync(Actor actor, Guid variantId, bool manage, CancellationToken cancellationToken) =>
        Allowed(await catalogue.FindVariantAsync(variantId, actor.CompanyId, cancellationToken), "car variant", actor, manage);

    public async Task<Result<CarMedia>> MediaAsync(Actor actor, Guid mediaId, bool manage, CancellationToken cancellationToken) =>
        Allowed(await catalogue.FindMediaAsync(mediaId, actor.CompanyId, cancellationToken), "car media", actor, manage);

    private static Result<T> Allowed<T>(T? found, string what, Actor actor, bool manage) where T : class =>
        found is null ? Error.NotFound(what)
        : manage && Access.Administer(actor, What) is { } denied ? denied
        : found;
}
