namespace AiVideo.Projects.Domain.Pipeline;

/// <summary>Asks for a storyboard of the project's prompt and settings (the caller adds the brand and the car variant's context).</summary>
public sealed record StoryboardRequest(
    Guid RequestId,
    Guid ProjectId,
    Guid CompanyId,
    Guid UserId,
    string Prompt,
    string Style,
    string Mood,
    int TargetDurationSeconds,
    int SceneCount,
    string AspectRatio,
    Guid? CarVariantId) : GenerationRequest(RequestId, ProjectId, CompanyId, UserId);
