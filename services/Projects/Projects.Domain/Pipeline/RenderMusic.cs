namespace AiVideo.Projects.Domain.Pipeline;

/// <summary>The music under the final video: the file, its volume (0 to 1), whether it ducks under narration, and where it starts.</summary>
public sealed record RenderMusic(Guid FileId, double Volume, bool Ducking, double StartSeconds);
