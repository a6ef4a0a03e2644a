namespace AiVideo.Projects.Application.Catalogue;

/// <summary><c>PATCH /api/cars/variants/{variantId}</c> (admins): changes what is given (an empty colour removes it).</summary>
public sealed class UpdateCarVariant(CatalogueAccess access, IUnitOfWork unit, TimeProvider time)
{
    public async Task<Result<CarVariantView>> ExecuteAsync(Actor actor, Guid variantId, int? year, string? trim, string? color, CancellationToken cancellationToken)
    {
        var found = await access.VariantAsync(actor, variantId, manage: true, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }
        var updated = found.Value.Update(year, trim, color, time.GetUtcNow());
        if (!updated.IsSuccess)
        {
            return updated.Error;
        }
        await unit.SaveChangesAsync(cancellationToken);
        return CarVariantView.Of(found.Value);
    }
}
