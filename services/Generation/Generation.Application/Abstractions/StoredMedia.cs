namespace AiVideo.Generation.Application.Abstractions;

/// <summary>A file media-api stored: its id, size and (for images) pixel size.</summary>
public sealed record StoredMedia(Guid FileId, long Size, int? Width, int? Height);
