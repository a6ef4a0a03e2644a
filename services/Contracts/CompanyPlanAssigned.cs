namespace AiVideo.Contracts;

/// <summary>
/// A company is on a plan, which says how much storage it may keep. The allowance is per <see cref="StoragePoolId"/>,
/// not per company: every company one user founds draws on that user's one allowance (the pool is the founder's id), so
/// founding more companies adds no storage. media-api enforces <see cref="StorageQuotaBytes"/> against the summed
/// usage of the companies of a pool. Published when a company is founded.
/// </summary>
public sealed record CompanyPlanAssigned(Guid CompanyId, string Plan, Guid StoragePoolId, long StorageQuotaBytes, DateTimeOffset AssignedAt);
