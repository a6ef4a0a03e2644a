namespace AiVideo.MediaStorage.Application.Usage;

/// <summary>The storage a company uses against its quota (a company that stored nothing yet uses nothing).</summary>
public sealed class GetUsage(IUsage usage, IOptions<QuotaOptions> quotas)
{
    public async Task<UsageView> ExecuteAsync(Guid companyId, CancellationToken cancellationToken)
    {
        var current = await usage.FindAsync(companyId, cancellationToken);
        var quota = quotas.Value.For(companyId);
        var used = current?.BytesUsed ?? 0;
        var reserved = current?.ReservedBytes ?? 0;
        return new UsageView(companyId, used, current?.FileCount ?? 0, reserved, quota, Math.Max(0, quota - used - reserved));
    }
}
