namespace AiVideo.Projects.Domain.Pipeline;

/// <summary>Asks for a scene's image at the project's pixel size; a seed frame source is the previous scene's clip (its last frame).</summary>
public sealed record ImageRequest(
    Guid RequestId,
    Guid ProjectId,
    Guid CompanyId,
    Guid UserId,
    Guid SceneId,
    string Prompt,
    string? NegativePrompt,
    int Width,
    int Height,
    IReadOnlyList<Guid> ReferenceFileIds,
    Guid? SeedFrameSourceFileId,
    string Style,
    string Mood,
    Guid? CarVariantId) : GenerationRequest(RequestId, ProjectId, CompanyId, UserId);
