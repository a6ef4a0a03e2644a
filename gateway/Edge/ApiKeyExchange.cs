using Microsoft.Extensions.Caching.Memory;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using AiVideo.ServiceDefaults.Authentication;
using AiVideo.SharedKernel.Vocabulary;
using StackExchange.Redis;

namespace AiVideo.Gateway.Edge;

/// <summary>
/// Exchanges an API key (<c>avk_…</c>) at identity-api's token endpoint (the API-key grant, with the gateway's own client
/// credentials) for a short-lived token, and caches the answer in Redis so every replica shares it: a token until
/// shortly before it expires and at most a minute (a revoked key stops working within a minute), a refusal for a minute
/// (an unknown key reaches identity-api at most once a minute). Without Redis, each replica keeps its own cache.
/// Keys are cached under a hash of the key, never the key itself.
/// </summary>
public sealed class ApiKeyExchange(
    IHttpClientFactory httpClients, IOptions<IdentityClientOptions> identity, IOptions<ServiceTokenOptions> credentials, IOptions<EdgeSettings> edge,
    IConnectionMultiplexer redis, RedisAvailability availability, TimeProvider time, ILogger<ApiKeyExchange> logger)
{
    public const string HttpClientName = "api-key-exchange";

    private static readonly TimeSpan RenewBeforeExpiry = TimeSpan.FromSeconds(30);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly MemoryCache _local = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    /// <summary>The key's grant, or null when identity-api refuses the key.</summary>
    public async Task<ApiKeyGrant?> ExchangeAsync(string apiKey, CancellationToken cancellationToken)
    {
        var cacheKey = $"gateway:api-key:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(apiKey)))}";
        if (await ReadAsync(cacheKey) is { } cached)
        {
            return cached.Grant;
        }

        var grant = await RequestAsync(apiKey, cancellationToken);
        var now = time.GetUtcNow();
        var maxCacheTime = TimeSpan.FromSeconds(Math.Clamp(edge.Value.ApiKeyCacheSeconds, 1, 60));
        var lifetime = grant is null ? maxCacheTime : Min(grant.ExpiresAt - now - RenewBeforeExpiry, maxCacheTime);
        if (lifetime > TimeSpan.Zero)
        {
            await WriteAsync(cacheKey, new CachedGrant(grant), lifetime);
        }
        return grant;
    }

    private async Task<ApiKeyGrant?> RequestAsync(string apiKey, CancellationToken cancellationToken)
    {
        var settings = credentials.Value;
        var authority = identity.Value.Url ?? throw new InvalidOperationException("Identity:Url is not configured: API keys are exchanged at identity-api.");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(authority.TrimEnd('/') + "/"), "connect/token"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = GrantTypes.ApiKey, ["api_key"] = apiKey }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(
            $"{Uri.EscapeDataString(settings.ClientId ?? "")}:{Uri.EscapeDataString(settings.ClientSecret ?? "")}")));

        using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        if (response.StatusCode is HttpStatusCode.BadRequest)
        {
            return null; // invalid_grant: unknown, revoked, expired or mistyped
        }
        if (!response.IsSuccessStatusCode)
        {
            logger.LogError("identity-api refused the gateway's API-key exchange with {Status}: is the gateway's client configured with the API-key grant?",
                (int)response.StatusCode);
            throw new HttpRequestException($"identity-api answered the API-key exchange with {(int)response.StatusCode}.", null, response.StatusCode);
        }
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>(Json, cancellationToken)
            ?? throw new HttpRequestException("identity-api answered the API-key exchange with an empty body.");
        return new ApiKeyGrant(token.AccessToken, time.GetUtcNow().AddSeconds(token.ExpiresIn), token.ApiKeyId, token.RateLimitPerMinute, token.RateLimitPerHour);
    }

    private async Task<CachedGrant?> ReadAsync(string key)
    {
        if (_local.TryGetValue(key, out CachedGrant? local))
        {
            return local;
        }
        if (!availability.ShouldTry)
        {
            return null;
        }
        try
        {
            var value = await redis.GetDatabase().StringGetAsync(key);
            availability.MarkUp();
            return value.HasValue ? JsonSerializer.Deserialize<CachedGrant>(value.ToString(), Json) : null;
        }
        catch (RedisException exception)
        {
            availability.MarkDown(exception);
            return null;
        }
    }

    private async Task WriteAsync(string key, CachedGrant grant, TimeSpan lifetime)
    {
        // The replica's own copy lives briefly, so Redis stays the source every replica agrees on.
        _local.Set(key, grant, new MemoryCacheEntryOptions
        {
            AbsoluteExpirationRelativeToNow = availability.ShouldTry ? Min(lifetime, TimeSpan.FromSeconds(5)) : lifetime,
            Size = 1,
        });
        if (!availability.ShouldTry)
        {
            return;
        }
        try
        {
            await redis.GetDatabase().StringSetAsync(key, JsonSerializer.Serialize(grant, Json), lifetime);
        }
        catch (RedisException exception)
        {
            availability.MarkDown(exception);
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private sealed record CachedGrant(ApiKeyGrant? Grant);

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn,
        [property: JsonPropertyName(ClaimNames.ApiKeyId)] Guid ApiKeyId,
        [property: JsonPropertyName("rate_limit_per_minute")] int RateLimitPerMinute,
        [property: JsonPropertyName("rate_limit_per_hour")] int RateLimitPerHour);
}
