using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using StackExchange.Redis;

namespace AiVideo.Gateway.Edge;

/// <summary>
/// The edge every client meets (ARCHITECTURE.md §4 gateway): tokens and API keys checked at the door, rate limits across
/// replicas, CORS for the configured origins, the caller's address only from trusted proxies, body and header limits,
/// security headers, no identity headers of the client's reaching a service.
/// </summary>
public static class EdgeExtensions
{
    public const string CorsPolicy = "configured-origins";

    public static IHostApplicationBuilder AddGatewayEdge(this IHostApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(EdgeSettings.SectionName).Get<EdgeSettings>() ?? new EdgeSettings();
        builder.Services.AddOptions<EdgeSettings>().BindConfiguration(EdgeSettings.SectionName);
        // Every request counts against a limit in Redis, so the client is on the request path: its commands are traced
        // only when telemetry is exported (as the proxy's own activities), and it schedules on the shared thread pool
        // instead of its dedicated threads, which spin for work on a machine whose cores are busy serving requests.
        var exportsTelemetry = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        builder.AddRedisClient(ResourceNames.Redis, redis =>
        {
            redis.DisableHealthChecks = true;
            redis.DisableTracing = !exportsTelemetry;
        }, options =>
        {
            options.AbortOnConnectFail = false;
            options.ConnectTimeout = 2_000;
            options.AsyncTimeout = 2_000;
            options.SocketManager = SocketManager.ThreadPool;
        });
        builder.Services.AddSingleton<RedisAvailability>();
        builder.Services.AddHealthChecks().AddCheck<RedisAvailability>("redis", tags: ["ready"]);
        builder.Services.AddSingleton<ForwardedCredentials>();

        builder.AddEdgeAuthentication();
        builder.AddEdgeRateLimits();
        builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .WithOrigins([.. settings.CorsOrigins])
            .AllowAnyHeader()
            .AllowAnyMethod()
            .WithExposedHeaders("X-Request-ID", "Retry-After", "RateLimit", "RateLimit-Policy", "Location", "ETag")
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));
        // ServiceDefaults runs the forwarded-headers step first in every pipeline, trusting loopback. At the edge only the
        // configured proxies are believed; with none, the step does nothing (empty lists would make it trust everyone).
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            options.ForwardedHeaders = settings.TrustedProxies.Count == 0
                ? ForwardedHeaders.None
                : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var network in settings.TrustedProxies)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return builder;
    }

    /// <summary>The edge's middleware, in order (after the client address, which ServiceDefaults resolves first): security headers, CORS (preflights end here), authentication, rate limits, authorization.</summary>
    public static WebApplication UseGatewayEdge(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseCors(CorsPolicy);
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }
}
