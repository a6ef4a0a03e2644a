namespace AiVideo.MediaStorage.Application.Storage;

/// <summary>What storage knows about an object.</summary>
public sealed record ObjectInfo(string Key, long Size, string? ETag, string? ContentType, DateTimeOffset? LastModified);
