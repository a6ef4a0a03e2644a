namespace AiVideo.Projects.Domain.Pipeline;

/// <summary>
/// How a scene's image is asked for: a prompt for this request only (else the scene's image prompt), reference files
/// (media file ids of the company, checked by the caller), and whether to start from the previous scene's clip's last frame.
/// </summary>
public sealed record ImageOptions(string? PromptOverride = null, IReadOnlyList<Guid>? ReferenceFileIds = null, bool UseSeedFrame = false)
{
    public const int MaxReferenceFiles = 4;

    public static readonly ImageOptions Default = new();
}
