namespace AiVideo.Projects.Application.Catalogue;

/// <summary><c>GET /api/cars/media/{mediaId}</c>.</summary>
public sealed class GetCarMedia(CatalogueAccess access)
{
    public async Task<Result<CarMediaView>> ExecuteAsync(Actor actor, Guid mediaId, CancellationToken cancellationToken) =>
        (await access.MediaAsync(actor, mediaId, manage: false, cancellationToken)).Map(CarMediaView.Of);
}
