using AiVideo.MediaStorage.Domain.Usage;

namespace AiVideo.MediaStorage.Application.Usage;

/// <summary>Records the plan identity put a company on; an older or repeated assignment changes nothing.</summary>
public sealed class AssignCompanyPlan(IUsage usage)
{
    public Task<bool> ExecuteAsync(Guid companyId, string plan, Guid storagePoolId, long storageQuotaBytes, DateTimeOffset assignedAt, CancellationToken cancellationToken) =>
        usage.AssignPlanAsync(CompanyPlan.Assign(companyId, plan, storagePoolId, storageQuotaBytes, assignedAt), cancellationToken);
}
