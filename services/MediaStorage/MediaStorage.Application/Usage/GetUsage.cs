namespace AiVideo.MediaStorage.Application.Usage;

/// <summary>The storage a company uses against its quota (a company that stored nothing yet uses nothing).</summary>
public sealed class GetUsage(IUsage usage, StorageQuotas quotas)
{
    public async Task<UsageView> ExecuteAsync(Guid companyId, CancellationToken cancellationToken)
    {
        var current = await usage.FindAsync(companyId, cancellationToken);
        var allowance = await quotas.ReadAsync(companyId, cancellationToken);
        return new UsageView(companyId, current?.BytesUsed ?? 0, current?.FileCount ?? 0, current?.ReservedBytes ?? 0, allowance.Plan,
            allowance.QuotaBytes, allowance.UsedByPool, allowance.Remaining(current));
    }
}
