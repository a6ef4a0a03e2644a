namespace AiVideo.Projects.Application.Catalogue;

/// <summary><c>GET /api/cars/{modelId}/variants</c>: the model's variants, newest first.</summary>
public sealed class ListCarVariants(ICatalogue catalogue, CatalogueAccess access)
{
    public async Task<Result<CursorPage<CarVariantView>>> ExecuteAsync(Actor actor, Guid modelId, PageRequest page, CancellationToken cancellationToken)
    {
        var model = await access.ModelAsync(actor, modelId, manage: false, cancellationToken);
        if (!model.IsSuccess)
        {
            return model.Error;
        }
        if (Paging.CheckCursor(page) is { } cursor)
        {
            return Error.Validation("cursor", cursor);
        }
        return (await catalogue.VariantsAsync(modelId, page, cancellationToken)).Map(CarVariantView.Of);
    }
}
