namespace AiVideo.Projects.Domain.Pipeline;

/// <summary>The narration spoken over one scene of the final video.</summary>
public sealed record RenderNarration(Guid SceneId, int Position, string Text);
