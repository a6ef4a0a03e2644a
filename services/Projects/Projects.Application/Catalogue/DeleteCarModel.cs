namespace AiVideo.Projects.Application.Catalogue;

/// <summary><c>DELETE /api/cars/{modelId}</c> (admins): the model goes with its variants and their media; projects made for them keep going without a variant.</summary>
public sealed class DeleteCarModel(ICatalogue catalogue, CatalogueAccess access, IUnitOfWork unit)
{
    public async Task<Result> ExecuteAsync(Actor actor, Guid modelId, CancellationToken cancellationToken)
    {
        var found = await access.ModelAsync(actor, modelId, manage: true, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }
        catalogue.Remove(found.Value);
        await unit.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }
}
