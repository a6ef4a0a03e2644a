namespace AiVideo.Contracts;

/// <summary>Generation wrote the storyboard asked for by <see cref="StoryboardRequested"/>.</summary>
public sealed record StoryboardGenerated(
    Guid RequestId,
    Guid CompanyId,
    Guid ProjectId,
    string Title,
    string Overview,
    IReadOnlyList<StoryboardScene> Scenes);
