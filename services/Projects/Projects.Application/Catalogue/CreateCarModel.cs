using AiVideo.Projects.Domain.Catalogue;

namespace AiVideo.Projects.Application.Catalogue;

/// <summary><c>POST /api/companies/{id}/cars</c> (admins): a car model (make, name, body type).</summary>
public sealed class CreateCarModel(ICatalogue catalogue, IUnitOfWork unit, TimeProvider time)
{
    public async Task<Result<CarModelView>> ExecuteAsync(Actor actor, Guid companyId, string? make, string? name, string? bodyType, CancellationToken cancellationToken)
    {
        if ((Access.SameCompany(actor, companyId, CatalogueAccess.What) ?? Access.Administer(actor, CatalogueAccess.What)) is { } denied)
        {
            return denied;
        }
        var created = CarModel.Create(companyId, make, name, bodyType, time.GetUtcNow());
        if (!created.IsSuccess)
        {
            return created.Error;
        }
        catalogue.Add(created.Value);
        await unit.SaveChangesAsync(cancellationToken);
        return CarModelView.Of(created.Value);
    }
}
