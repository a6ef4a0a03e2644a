using AiVideo.MediaStorage.Domain.Usage;

namespace AiVideo.MediaStorage.Application.Usage;

internal static class QuotaErrors
{
    /// <summary>413 with the quota and what is left of it, so a client can tell how much room there is.</summary>
    public static Error Exceeded(CompanyUsage usage, long quota, long size)
    {
        var remaining = usage.Remaining(quota);
        return Error.TooLarge("quota_exceeded", $"The company has {remaining} bytes of its {quota}-byte quota left; this file needs {size}.")
            with { Details = new Dictionary<string, object?> { ["quotaBytes"] = quota, ["remainingBytes"] = remaining } };
    }
}
