namespace AiVideo.Projects.Domain.Timeline;

/// <summary>An audio layer as a client sends it.</summary>
public sealed record AudioLayerInput(Guid FileId, double Volume = 0.3, bool Ducking = true, double StartSeconds = 0);
