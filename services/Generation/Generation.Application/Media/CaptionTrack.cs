namespace AiVideo.Generation.Application.Media;

/// <summary>Captions as WebVTT and SRT files in the workspace, and the cues they hold.</summary>
public sealed record CaptionTrack(string WebVttPath, string SrtPath, IReadOnlyList<CaptionCue> Cues);
