namespace AiVideo.Generation.Application.Media;

/// <summary>What a media file holds: its container, duration and first video and audio streams.</summary>
public sealed record MediaInfo(string FormatName, double DurationSeconds, VideoStreamInfo? Video, AudioStreamInfo? Audio);
