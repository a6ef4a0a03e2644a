using AiVideo.MediaStorage.Domain.Usage;

namespace AiVideo.MediaStorage.Application.Abstractions;

public interface IUsage
{
    /// <summary>The company's usage, read without locking (for display).</summary>
    Task<CompanyUsage?> FindAsync(Guid companyId, CancellationToken cancellationToken);

    /// <summary>The company's usage (created when missing), locked until the transaction ends, so quota checks do not race.</summary>
    Task<CompanyUsage> LockAsync(Guid companyId, CancellationToken cancellationToken);

    /// <summary>The company's plan, when identity has assigned one.</summary>
    Task<CompanyPlan?> FindPlanAsync(Guid companyId, CancellationToken cancellationToken);

    /// <summary>Locks the storage pool until the transaction ends (taken before any of its companies' usage rows).</summary>
    Task LockPoolAsync(Guid storagePoolId, CancellationToken cancellationToken);

    /// <summary>What the pool's other companies keep and have reserved, in bytes.</summary>
    Task<long> PoolUsageAsync(Guid storagePoolId, Guid exceptCompanyId, CancellationToken cancellationToken);

    /// <summary>Records the plan unless one assigned at the same time or later is recorded; true when it was recorded.</summary>
    Task<bool> AssignPlanAsync(CompanyPlan plan, CancellationToken cancellationToken);
}
