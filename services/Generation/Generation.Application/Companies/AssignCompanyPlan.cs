using AiVideo.Generation.Domain.Companies;

namespace AiVideo.Generation.Application.Companies;

/// <summary>Remembers a company's plan (identity's <c>CompanyPlanAssigned</c>), which says how much provider work it may buy a month.</summary>
public sealed class AssignCompanyPlan(ICompanySettings companies, IUnitOfWork unitOfWork, TimeProvider time)
{
    public Task ExecuteAsync(Guid companyId, string plan, CancellationToken cancellationToken) =>
        unitOfWork.InTransactionAsync(async () =>
        {
            var settings = await companies.FindAsync(companyId, cancellationToken);
            if (settings is null)
            {
                settings = CompanyGenerationSettings.For(companyId, time.GetUtcNow());
                companies.Add(settings);
            }
            settings.AssignPlan(plan, time.GetUtcNow());
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return true;
        }, cancellationToken);
}
