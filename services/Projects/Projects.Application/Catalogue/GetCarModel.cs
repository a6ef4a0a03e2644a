namespace AiVideo.Projects.Application.Catalogue;

/// <summary><c>GET /api/cars/{modelId}</c>.</summary>
public sealed class GetCarModel(CatalogueAccess access)
{
    public async Task<Result<CarModelView>> ExecuteAsync(Actor actor, Guid modelId, CancellationToken cancellationToken) =>
        (await access.ModelAsync(actor, modelId, manage: false, cancellationToken)).Map(CarModelView.Of);
}
