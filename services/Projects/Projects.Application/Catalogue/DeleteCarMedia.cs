namespace AiVideo.Projects.Application.Catalogue;

/// <summary><c>DELETE /api/cars/media/{mediaId}</c> (admins): removes the file from the variant (the file itself stays in media).</summary>
public sealed class DeleteCarMedia(ICatalogue catalogue, CatalogueAccess access, IUnitOfWork unit)
{
    public async Task<Result> ExecuteAsync(Actor actor, Guid mediaId, CancellationToken cancellationToken)
    {
        var found = await access.MediaAsync(actor, mediaId, manage: true, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }
        catalogue.Remove(found.Value);
        await unit.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }
}
