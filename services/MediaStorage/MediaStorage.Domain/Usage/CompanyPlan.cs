namespace AiVideo.MediaStorage.Domain.Usage;

/// <summary>
/// The plan identity put a company on: how much storage its pool may keep. The pool is its founder's, shared by every
/// company that user founded, so founding another company adds no storage.
/// </summary>
public sealed class CompanyPlan
{
    private CompanyPlan()
    {
    }

    public Guid CompanyId { get; private set; }

    public string Plan { get; private set; } = "";

    public Guid StoragePoolId { get; private set; }

    public long StorageQuotaBytes { get; private set; }

    public DateTimeOffset AssignedAt { get; private set; }

    public static CompanyPlan Assign(Guid companyId, string plan, Guid storagePoolId, long storageQuotaBytes, DateTimeOffset assignedAt) =>
        new() { CompanyId = companyId, Plan = plan, StoragePoolId = storagePoolId, StorageQuotaBytes = storageQuotaBytes, AssignedAt = assignedAt };
}
