namespace AiVideo.Identity.Application.Tokens;

/// <summary>What an API key is exchanged for: a short-lived token with the key's scopes, and the key's rate limits for the gateway.</summary>
public sealed record ApiKeyGrant(AccessTokenClaims Claims, Guid ApiKeyId, int RateLimitPerMinute, int RateLimitPerHour);
