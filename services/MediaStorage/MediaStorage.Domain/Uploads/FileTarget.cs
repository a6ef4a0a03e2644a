namespace AiVideo.MediaStorage.Domain.Uploads;

/// <summary>What a file belongs to: a project and scene, a brand-kit asset, or a car model's variant (for car media).</summary>
public sealed record FileTarget(
    Guid? ProjectId = null, Guid? SceneId = null, Guid? AssetId = null, Guid? CarModelId = null, Guid? CarVariantId = null, string? CarMediaType = null)
{
    public static readonly IReadOnlySet<string> CarMediaTypes = new HashSet<string>(StringComparer.Ordinal) { "EXTERIOR", "INTERIOR", "SOUND", "3D_MODEL" };
}
