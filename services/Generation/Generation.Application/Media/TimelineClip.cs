namespace AiVideo.Generation.Application.Media;

/// <summary>A clip (a local file) on the final timeline: from <paramref name="TrimStartSeconds"/> into it, for <paramref name="DurationSeconds"/> (null: to its end).</summary>
public sealed record TimelineClip(string Path, double TrimStartSeconds = 0, double? DurationSeconds = null);
