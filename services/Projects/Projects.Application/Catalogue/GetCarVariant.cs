namespace AiVideo.Projects.Application.Catalogue;

/// <summary><c>GET /api/cars/variants/{variantId}</c>.</summary>
public sealed class GetCarVariant(CatalogueAccess access)
{
    public async Task<Result<CarVariantView>> ExecuteAsync(Actor actor, Guid variantId, CancellationToken cancellationToken) =>
        (await access.VariantAsync(actor, variantId, manage: false, cancellationToken)).Map(CarVariantView.Of);
}
