using System.Security.Claims;
using System.Threading.RateLimiting;
using AiVideo.ServiceDefaults.Health;
using AiVideo.SharedKernel.Vocabulary;
using Microsoft.AspNetCore.RateLimiting;
using StackExchange.Redis;

namespace AiVideo.Gateway.Edge;

/// <summary>
/// Rate limits at the edge, held in Redis so they hold across gateway replicas: every request counts against its
/// client's limit (an API key's own per-minute and per-hour limits, else <c>RateLimits:Default</c> per person or, for
/// anonymous callers, per address); routes name the <c>auth</c> policy (per address) or the <c>generation</c> policy (per
/// company) in their <c>RateLimiterPolicy</c> for a second limit. A refusal is 429 with Retry-After and the IETF
/// RateLimit headers, as problem+json or, under <c>/v1/</c>, OpenAI's error body.
/// </summary>
public static class EdgeRateLimits
{
    public const string AuthPolicy = "auth";
    public const string GenerationPolicy = "generation";

    public static IHostApplicationBuilder AddEdgeRateLimits(this IHostApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(RateLimitSettings.SectionName).Get<RateLimitSettings>() ?? new RateLimitSettings();
        builder.Services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => ClientPartition(context, settings, perHour: false)),
                PartitionedRateLimiter.Create<HttpContext, string>(context => ClientPartition(context, settings, perHour: true)));
            options.AddPolicy(AuthPolicy, context => Partition(context, settings, AuthPolicy, $"ip:{Address(context)}", settings.Auth));
            options.AddPolicy(GenerationPolicy, context => Partition(context, settings, GenerationPolicy,
                $"company:{context.User.FindFirstValue(ClaimNames.CompanyId) ?? $"ip:{Address(context)}"}", settings.Generation));
            options.OnRejected = (rejected, cancellationToken) => new ValueTask(RateLimitRefusal.WriteAsync(rejected.HttpContext, rejected.Lease));
        });
        return builder;
    }

    /// <summary>
    /// The client's own limit: an API key's per-minute (then, in the chained second limiter, per-hour) limit, else the
    /// default window per person or per address. Health probes and API documents are not limited.
    /// </summary>
    private static RateLimitPartition<string> ClientPartition(HttpContext context, RateLimitSettings settings, bool perHour)
    {
        if (HealthExtensions.IsProbe(context.Request.Path) || context.Request.Path.StartsWithSegments("/docs") || context.Request.Path.StartsWithSegments("/openapi"))
        {
            return RateLimitPartition.GetNoLimiter("exempt");
        }
        if (context.Items[typeof(ApiKeyGrant)] is ApiKeyGrant grant)
        {
            return perHour
                ? Partition(context, settings, "api-key-hour", $"key:{grant.ApiKeyId}", new RateLimitSettings.WindowLimit { PermitLimit = grant.PerHour, WindowSeconds = 3600 })
                : Partition(context, settings, "api-key-minute", $"key:{grant.ApiKeyId}", new RateLimitSettings.WindowLimit { PermitLimit = grant.PerMinute, WindowSeconds = 60 });
        }
        if (perHour)
        {
            return RateLimitPartition.GetNoLimiter("none");
        }
        var client = context.User.FindFirstValue(ClaimNames.Subject) is { } subject ? $"user:{subject}" : $"ip:{Address(context)}";
        return Partition(context, settings, "default", client, settings.Default);
    }

    private static RateLimitPartition<string> Partition(
        HttpContext context, RateLimitSettings settings, string policy, string client, RateLimitSettings.WindowLimit limit)
    {
        var key = $"{settings.KeyPrefix}:rl:{policy}:{limit.PermitLimit}:{limit.WindowSeconds}:{client}";
        return RateLimitPartition.Get(key, partition => new WindowLimiter(partition, new LimitDescription(policy, limit.PermitLimit, limit.Window),
            context.RequestServices.GetRequiredService<IConnectionMultiplexer>(), context.RequestServices.GetRequiredService<RedisAvailability>()));
    }

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
