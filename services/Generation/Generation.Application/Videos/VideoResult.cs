namespace AiVideo.Generation.Application.Videos;

/// <summary>
/// What a text-to-video job made (kept as its result): the MP4 and its thumbnail in media-api, the video's facts, and the
/// id a cloud provider gave it (a remix on the same provider starts from it).
/// </summary>
public sealed record VideoResult(Guid VideoFileId, Guid ThumbnailFileId, double DurationSeconds, int Width, int Height, long Size, string? ProviderVideoId = null);
