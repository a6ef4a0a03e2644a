using AiVideo.MediaStorage.Domain.Usage;

namespace AiVideo.MediaStorage.Application.Usage;

/// <summary>
/// A company's usage with its <see cref="StorageAllowance"/>. Locking takes the storage pool's lock before the company's
/// usage row, so two companies of one pool cannot both fit a file into the room only one of them has.
/// </summary>
public sealed class StorageQuotas(IUsage usage, IOptions<QuotaOptions> options)
{
    /// <summary>Inside the caller's transaction: the company's usage locked, and its allowance as of that moment.</summary>
    public async Task<(CompanyUsage Usage, StorageAllowance Allowance)> LockAsync(Guid companyId, CancellationToken cancellationToken)
    {
        var plan = await usage.FindPlanAsync(companyId, cancellationToken);
        if (plan is not null)
        {
            await usage.LockPoolAsync(plan.StoragePoolId, cancellationToken);
        }
        var companyUsage = await usage.LockAsync(companyId, cancellationToken);
        return (companyUsage, await AllowanceAsync(companyId, plan, cancellationToken));
    }

    /// <summary>The allowance without locks (for display).</summary>
    public async Task<StorageAllowance> ReadAsync(Guid companyId, CancellationToken cancellationToken) =>
        await AllowanceAsync(companyId, await usage.FindPlanAsync(companyId, cancellationToken), cancellationToken);

    private async Task<StorageAllowance> AllowanceAsync(Guid companyId, CompanyPlan? plan, CancellationToken cancellationToken) =>
        StorageAllowance.Of(companyId, plan, plan is null ? 0 : await usage.PoolUsageAsync(plan.StoragePoolId, companyId, cancellationToken), options.Value);
}
