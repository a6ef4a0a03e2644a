using AiVideo.MediaStorage.Domain.Usage;

namespace AiVideo.MediaStorage.Application.Usage;

/// <summary>
/// How much a company may keep: an operator's quota for the company (<see cref="QuotaOptions.Companies"/>) first, else its
/// plan's allowance shared with the other companies of its storage pool (<see cref="UsedByPool"/> is what they keep and
/// have reserved), else <see cref="QuotaOptions.DefaultBytes"/>.
/// </summary>
public sealed record StorageAllowance(string? Plan, long QuotaBytes, long UsedByPool)
{
    public static StorageAllowance Of(Guid companyId, CompanyPlan? plan, long usedByPool, QuotaOptions options) =>
        options.Companies.TryGetValue(companyId, out var own) ? new(plan?.Plan, own, 0)
        : plan is not null ? new(plan.Plan, plan.StorageQuotaBytes, usedByPool)
        : new(null, options.DefaultBytes, 0);

    public bool Fits(CompanyUsage usage, long bytes) => usage.Fits(UsedByPool + bytes, QuotaBytes);

    public long Remaining(CompanyUsage? usage) =>
        Math.Max(0, QuotaBytes - UsedByPool - (usage?.BytesUsed ?? 0) - (usage?.ReservedBytes ?? 0));

    /// <summary>413 with the quota and what is left of it, so a client can tell how much room there is.</summary>
    public Error Exceeded(CompanyUsage usage, long size)
    {
        var remaining = Remaining(usage);
        var whose = UsedByPool > 0 ? "the companies its founder founded share" : "the company has";
        return Error.TooLarge("quota_exceeded", $"{remaining} bytes are left of the {QuotaBytes}-byte quota {whose}; this file needs {size}.")
            with { Details = new Dictionary<string, object?> { ["quotaBytes"] = QuotaBytes, ["remainingBytes"] = remaining, ["plan"] = Plan } };
    }
}
