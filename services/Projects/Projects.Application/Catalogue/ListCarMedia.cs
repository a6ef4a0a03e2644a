namespace AiVideo.Projects.Application.Catalogue;

/// <summary><c>GET /api/cars/variants/{variantId}/media</c>: the variant's media, newest first.</summary>
public sealed class ListCarMedia(ICatalogue catalogue, CatalogueAccess access)
{
    public async Task<Result<CursorPage<CarMediaView>>> ExecuteAsync(Actor actor, Guid variantId, PageRequest page, CancellationToken cancellationToken)
    {
        var variant = await access.VariantAsync(actor, variantId, manage: false, cancellationToken);
        if (!variant.IsSuccess)
        {
            return variant.Error;
        }
        if (Paging.CheckCursor(page) is { } cursor)
        {
            return Error.Validation("cursor", cursor);
        }
        return (await catalogue.MediaAsync(variantId, page, cancellationToken)).Map(CarMediaView.Of);
    }
}
