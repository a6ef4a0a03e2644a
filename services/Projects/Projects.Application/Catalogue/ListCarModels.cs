namespace AiVideo.Projects.Application.Catalogue;

/// <summary><c>GET /api/companies/{id}/cars</c>: the company's car models, newest first.</summary>
public sealed class ListCarModels(ICatalogue catalogue)
{
    public async Task<Result<CursorPage<CarModelView>>> ExecuteAsync(Actor actor, Guid companyId, PageRequest page, CancellationToken cancellationToken)
    {
        if (Access.SameCompany(actor, companyId, CatalogueAccess.What) is { } notFound)
        {
            return notFound;
        }
        if (Paging.CheckCursor(page) is { } cursor)
        {
            return Error.Validation("cursor", cursor);
        }
        return (await catalogue.ModelsAsync(companyId, page, cancellationToken)).Map(CarModelView.Of);
    }
}
