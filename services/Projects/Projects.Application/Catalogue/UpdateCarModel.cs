namespace AiVideo.Projects.Application.Catalogue;

/// <summary><c>PATCH /api/cars/{modelId}</c> (admins): changes what is given.</summary>
public sealed class UpdateCarModel(CatalogueAccess access, IUnitOfWork unit, TimeProvider time)
{
    public async Task<Result<CarModelView>> ExecuteAsync(Actor actor, Guid modelId, string? make, string? name, string? bodyType, CancellationToken cancellationToken)
    {
        var found = await access.ModelAsync(actor, modelId, manage: true, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }
        var updated = found.Value.Update(make, name, bodyType, time.GetUtcNow());
        if (!updated.IsSuccess)
        {
            return updated.Error;
        }
        await unit.SaveChangesAsync(cancellationToken);
        return CarModelView.Of(found.Value);
    }
}
