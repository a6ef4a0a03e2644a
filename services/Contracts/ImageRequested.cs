namespace AiVideo.Contracts;

/// <summary>Projects asks generation for a scene image (optionally from reference files or a seed frame).</summary>
public sealed record ImageRequested(
    Guid RequestId,
    Guid CompanyId,
    Guid UserId,
    Guid ProjectId,
    Guid SceneId,
    string Prompt,
    string? NegativePrompt,
    int Width,
    int Height,
    IReadOnlyList<Guid> ReferenceFileIds,
    Guid? SeedFrameSourceFileId,
    string? Style = null,
    string? Provider = null);
