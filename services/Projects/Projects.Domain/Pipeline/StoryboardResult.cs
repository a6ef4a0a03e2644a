using AiVideo.Projects.Domain.Scenes;

namespace AiVideo.Projects.Domain.Pipeline;

/// <summary>A storyboard as generation wrote it: a title, an overview, and the scenes in play order.</summary>
public sealed record StoryboardResult(string? Title, string? Overview, IReadOnlyList<SceneContent> Scenes);
