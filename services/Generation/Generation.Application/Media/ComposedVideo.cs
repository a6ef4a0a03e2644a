namespace AiVideo.Generation.Application.Media;

/// <summary>A finished MP4 in the workspace, its JPEG thumbnail, its WebVTT captions when they were not burned in, its length (the timeline's), frame size and file size.</summary>
public sealed record ComposedVideo(string Path, string ThumbnailPath, string? CaptionsPath, double DurationSeconds, int Width, int Height, long SizeBytes);
