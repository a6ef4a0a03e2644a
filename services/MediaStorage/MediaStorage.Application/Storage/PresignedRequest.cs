namespace AiVideo.MediaStorage.Application.Storage;

/// <summary>A request a client may make straight to storage until it expires: method, URL, and the headers it must send.</summary>
public sealed record PresignedRequest(string Method, Uri Url, IReadOnlyDictionary<string, string> Headers, DateTimeOffset ExpiresAt);
