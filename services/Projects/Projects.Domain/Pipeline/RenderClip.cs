namespace AiVideo.Projects.Domain.Pipeline;

/// <summary>One clip of the final video in play order: the scene's clip file, where the cut starts in it and how long it runs.</summary>
public sealed record RenderClip(Guid SceneId, Guid FileId, double TrimInSeconds, double DurationSeconds);
