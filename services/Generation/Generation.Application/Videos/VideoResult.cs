namespace AiVideo.Generation.Application.Videos;

/// <summary>What a text-to-video job made (kept as its result): the MP4 and its thumbnail in media-api, and the video's facts.</summary>
public sealed record VideoResult(Guid VideoFileId, Guid ThumbnailFileId, double DurationSeconds, int Width, int Height, long Size);
