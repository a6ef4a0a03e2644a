namespace AiVideo.MediaStorage.Application.Usage;

/// <summary>Storage quotas (section <c>Media:Quotas</c>).</summary>
public sealed class QuotaOptions
{
    public const string SectionName = "Media:Quotas";

    /// <summary>How many bytes a company may keep unless it has its own quota.</summary>
    public long DefaultBytes { get; set; } = 50L * 1024 * 1024 * 1024;

    /// <summary>Companies with their own quota in bytes, by company id.</summary>
    public Dictionary<Guid, long> Companies { get; set; } = [];

    public long For(Guid companyId) => Companies.TryGetValue(companyId, out var quota) ? quota : DefaultBytes;
}
