using AiVideo.Identity.Domain.ApiKeys;

namespace AiVideo.Identity.Application.ApiKeys;

/// <summary>An API key as listed: never its secret.</summary>
public sealed record ApiKeyView(
    Guid Id, string Name, string Prefix, IReadOnlyList<string> Scopes, int RateLimitPerMinute, int RateLimitPerHour,
    Guid CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt)
{
    public static ApiKeyView Of(ApiKey key) => new(key.Id, key.Name, key.Prefix, key.Scopes, key.RateLimitPerMinute, key.RateLimitPerHour,
        key.CreatedBy, key.CreatedAt, key.ExpiresAt, key.RevokedAt, key.LastUsedAt);
}
