namespace AiVideo.Projects.Application.Catalogue;

/// <summary><c>DELETE /api/cars/variants/{variantId}</c> (admins): the variant goes with its media.</summary>
public sealed class DeleteCarVariant(ICatalogue catalogue, CatalogueAccess access, IUnitOfWork unit)
{
    public async Task<Result> ExecuteAsync(Actor actor, Guid variantId, CancellationToken cancellationToken)
    {
        var found = await access.VariantAsync(actor, variantId, manage: true, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }
        catalogue.Remove(found.Value);
        await unit.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }
}
