namespace AiVideo.Contracts;

/// <summary>Where a ready video can be played: an MP4 file and/or an HLS master playlist.</summary>
public sealed record VideoPlayback(Guid? Mp4FileId, string? HlsPlaylistKey);
