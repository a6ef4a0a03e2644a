namespace AiVideo.Identity.Application.Companies;

/// <summary>Renames a company (admins only).</summary>
public sealed class UpdateCompany(ICompanies companies, IUnitOfWork unitOfWork, TimeProvider time)
{
    public async Task<Result<CompanyView>> ExecuteAsync(Actor actor, Guid companyId, string? name, CancellationToken cancellationToken)
    {
        var company = await companies.FindAsync(companyId, cancellationToken);
        if (CompanyAccess.RequireAdmin(company, actor.UserId, "update the company") is { } denied)
        {
            return denied;
        }
        if (name is null)
        {
            return Error.Validation("name", "Nothing to change: send name.");
        }
        var renamed = company!.Rename(name, time.GetUtcNow());
        if (!renamed.IsSuccess)
        {
            return renamed.Error;
        }
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return CompanyView.Of(company, actor.UserId);
    }
}
