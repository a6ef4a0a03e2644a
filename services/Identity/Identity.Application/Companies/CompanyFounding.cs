using AiVideo.Contracts;

namespace AiVideo.Identity.Application.Companies;

/// <summary>
/// Founds a company with a user as its admin, inside the caller's transaction: at most
/// <see cref="CompanyOptions.MaxFoundedPerUser"/> per user (counted under the founder's lock, so concurrent requests
/// cannot pass the count together), on the configured plan, announced to media-api as <see cref="CompanyPlanAssigned"/>
/// with the founder's storage pool, so that founding more companies adds no storage.
/// </summary>
public sealed class CompanyFounding(ICompanies companies, IIntegrationEvents events, IOptions<CompanyOptions> options, TimeProvider time)
{
    public async Task<Result<Company>> FoundAsync(Guid founderId, string name, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await companies.LockFoundingAsync(founderId, cancellationToken);
        var founded = await companies.CountFoundedByAsync(founderId, cancellationToken);
        if (founded >= settings.MaxFoundedPerUser)
        {
            return new Error(ErrorKind.Forbidden, "company_limit",
                $"A user may found at most {settings.MaxFoundedPerUser} companies, and you have founded {founded}.");
        }

        var now = time.GetUtcNow();
        var company = Company.Found(name, founderId, settings.Plan, now);
        if (!company.IsSuccess)
        {
            return company.Error;
        }
        companies.Add(company.Value);
        events.Publish(new CompanyPlanAssigned(company.Value.Id, settings.Plan, founderId, settings.CurrentPlan.StorageQuotaBytes, now));
        return company.Value;
    }
}
