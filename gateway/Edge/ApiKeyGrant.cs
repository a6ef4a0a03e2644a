namespace AiVideo.Gateway.Edge;

/// <summary>What an API key was exchanged for at identity-api: a short-lived token speaking for the key, and the key's own limits.</summary>
public sealed record ApiKeyGrant(string AccessToken, DateTimeOffset ExpiresAt, Guid ApiKeyId, int PerMinute, int PerHour);
