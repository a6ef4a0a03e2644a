namespace AiVideo.Identity.Application.Common;

/// <summary>A plan (<c>Identity:Companies:Plans:&lt;name&gt;</c>).</summary>
public sealed class PlanOptions
{
    /// <summary>The bytes of storage one founder's companies may keep together (50 GiB, media-api's default quota).</summary>
    public long StorageQuotaBytes { get; set; } = 50L * 1024 * 1024 * 1024;
}
