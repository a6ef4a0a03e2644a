namespace AiVideo.Projects.Domain.Pipeline;

/// <summary>
/// Asks for a scene's image at the project's pixel size; the seed frame source is the last frame of the previous scene's
/// clip (an image file). The scene's title and place in the play order travel along, so that scenes look alike but not the same.
/// </summary>
public sealed record ImageRequest(
    Guid RequestId,
    Guid ProjectId,
    Guid CompanyId,
    Guid UserId,
    Guid SceneId,
    string SceneTitle,
    int Position,
    string Prompt,
    string? NegativePrompt,
    int Width,
    int Height,
    IReadOnlyList<Guid> ReferenceFileIds,
    Guid? SeedFrameSourceFileId,
    string Style,
    string Mood,
    Guid? CarVariantId) : GenerationRequest(RequestId, ProjectId, CompanyId, UserId);
