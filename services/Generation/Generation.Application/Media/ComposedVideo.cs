namespace AiVideo.Generation.Application.Media;

/// <summary>
/// A finished MP4 in the workspace, its JPEG thumbnail, its WebVTT captions when they were not burned in, its length (the
/// timeline's), frame size and file size; made by a cloud provider, the provider's id of the video (to remix it there).
/// </summary>
public sealed record ComposedVideo(
    string Path, string ThumbnailPath, string? CaptionsPath, double DurationSeconds, int Width, int Height, long SizeBytes, string? ProviderVideoId = null);
