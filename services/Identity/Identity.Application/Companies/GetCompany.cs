namespace AiVideo.Identity.Application.Companies;

public sealed class GetCompany(ICompanies companies)
{
    public async Task<Result<CompanyView>> ExecuteAsync(Actor actor, Guid companyId, CancellationToken cancellationToken)
    {
        var company = await companies.FindAsync(companyId, cancellationToken);
        return CompanyAccess.RequireMember(company, actor.UserId) is { } denied ? denied : CompanyView.Of(company!, actor.UserId);
    }
}
