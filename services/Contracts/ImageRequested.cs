namespace AiVideo.Contracts;

/// <summary>
/// Projects asks generation for a scene image (optionally from reference files or a seed frame: the previous scene's
/// clip's last frame). <paramref name="Variation"/> (the scene's order) varies the composition between scenes.
/// </summary>
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
    string? Provider = null,
    string? Title = null,
    string? Mood = null,
    int Variation = 0,
    BrandContext? Brand = null,
    string? Model = null);
