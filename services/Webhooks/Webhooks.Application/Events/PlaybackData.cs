namespace AiVideo.Webhooks.Application.Events;

/// <summary>Where a ready video plays: an MP4 file (fetched through the media API) and/or the storage key of an HLS master playlist.</summary>
public sealed record PlaybackData(Guid? Mp4FileId, string? HlsPlaylistKey);
