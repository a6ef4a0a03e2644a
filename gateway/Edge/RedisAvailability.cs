using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace AiVideo.Gateway.Edge;

/// <summary>
/// Whether the gateway's Redis (shared rate limits and the API-key cache) answers. While it does not, the gateway keeps
/// serving with per-replica limits and caches, tries Redis again every few seconds, and reports itself degraded.
/// </summary>
public sealed class RedisAvailability(IConnectionMultiplexer redis, TimeProvider time, ILogger<RedisAvailability> logger) : IHealthCheck
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);
    private long _retryAtTicks;
    private volatile bool _down;
    private volatile string? _reason;

    /// <summary>Whether to use Redis now: connected, and it answered last time or it is time to try it again.</summary>
    public bool ShouldTry => redis.IsConnected && (!_down || time.GetUtcNow().UtcTicks >= Interlocked.Read(ref _retryAtTicks));

    public void MarkDown(Exception exception)
    {
        if (!_down)
        {
            logger.LogWarning("Redis does not answer ({Reason}); rate limits and the API-key cache are per replica until it does", exception.Message);
        }
        _reason = exception.GetType().Name;
        _down = true;
        Interlocked.Exchange(ref _retryAtTicks, (time.GetUtcNow() + RetryAfter).UtcTicks);
    }

    public void MarkUp()
    {
        if (_down)
        {
            logger.LogInformation("Redis answers again; rate limits and the API-key cache are shared again");
        }
        _down = false;
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await redis.GetDatabase().PingAsync();
            MarkUp();
            return HealthCheckResult.Healthy("Rate limits and the API-key cache are shared through Redis.");
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            MarkDown(exception);
            return HealthCheckResult.Degraded($"Redis does not answer ({_reason}): rate limits and caches are per replica.");
        }
    }
}
