namespace AiVideo.Contracts;

/// <summary>Projects asks generation to write a storyboard for a project from its prompt and settings.</summary>
public sealed record StoryboardRequested(
    Guid RequestId,
    Guid CompanyId,
    Guid UserId,
    Guid ProjectId,
    string Prompt,
    string? Style,
    string? Mood,
    int TargetDurationSeconds,
    int SceneCount,
    string AspectRatio,
    BrandContext? Brand,
    string? Provider = null);
