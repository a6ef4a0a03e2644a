namespace AiVideo.Generation.Application.Media;

/// <summary>A finished MP4 in the workspace, its JPEG thumbnail, its WebVTT captions when they were not burned in, and what ffprobe measured of it.</summary>
public sealed record ComposedVideo(string Path, string ThumbnailPath, string? CaptionsPath, double DurationSeconds, int Width, int Height, long SizeBytes);
