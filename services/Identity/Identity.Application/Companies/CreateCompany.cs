namespace AiVideo.Identity.Application.Companies;

/// <summary>Creates another company with the caller as its admin (switch to it with a refresh or sign-in naming it).</summary>
public sealed class CreateCompany(ICompanies companies, IUnitOfWork unitOfWork, TimeProvider time)
{
    public async Task<Result<CompanyView>> ExecuteAsync(Actor actor, string? name, CancellationToken cancellationToken)
    {
        var company = Company.Found(name ?? "", actor.UserId, time.GetUtcNow());
        if (!company.IsSuccess)
        {
            return company.Error;
        }
        companies.Add(company.Value);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return CompanyView.Of(company.Value, actor.UserId);
    }
}
