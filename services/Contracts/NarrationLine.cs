namespace AiVideo.Contracts;

/// <summary>Narration text spoken over the clip of one scene.</summary>
public sealed record NarrationLine(Guid? SceneId, int Order, string Text, string? Voice);
