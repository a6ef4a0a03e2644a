namespace AiVideo.Projects.Application.Timeline;

/// <summary>An audio file under the final video at a volume (0 to 1), ducked under narration or not, from a start time.</summary>
public sealed record AudioLayerView(Guid FileId, double Volume, bool Ducking, double Start);
