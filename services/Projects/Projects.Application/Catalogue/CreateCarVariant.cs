using AiVideo.Projects.Domain.Catalogue;

namespace AiVideo.Projects.Application.Catalogue;

/// <summary><c>POST /api/cars/{modelId}/variants</c> (admins): a variant of the model (year, trim, colour).</summary>
public sealed class CreateCarVariant(ICatalogue catalogue, CatalogueAccess access, IUnitOfWork unit, TimeProvider time)
{
    public async Task<Result<CarVariantView>> ExecuteAsync(Actor actor, Guid modelId, int? year, string? trim, string? color, CancellationToken cancellationToken)
    {
        var model = await access.ModelAsync(actor, modelId, manage: true, cancellationToken);
        if (!model.IsSuccess)
        {
            return model.Error;
        }
        if (year is null)
        {
            return Error.Validation("year", "The model year is required.");
        }
        var created = CarVariant.Create(model.Value, year.Value, trim, color, time.GetUtcNow());
        if (!created.IsSuccess)
        {
            return created.Error;
        }
        catalogue.Add(created.Value);
        await unit.SaveChangesAsync(cancellationToken);
        return CarVariantView.Of(created.Value);
    }
}
