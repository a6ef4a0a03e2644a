using AiVideo.Gateway.Configuration;
using AiVideo.Gateway.Forwarding;
using AiVideo.Gateway.Health;
using AiVideo.ServiceDefaults.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AiVideo.Gateway;

public static class ReverseProxyExtensions
{
    /// <summary>Reads the <c>ReverseProxy</c> section (failing start-up on any mistake) and adds a health check per cluster.</summary>
    public static IHostApplicationBuilder AddReverseProxy(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(ReverseProxyOptions.SectionName).Get<ReverseProxyOptions>() ?? new ReverseProxyOptions();
        var config = ProxyConfig.Build(options);
        builder.Services.AddSingleton(config);
        builder.Services.AddSingleton<ProxyHttpClient>();
        builder.Services.AddSingleton<HttpForwarder>();

        var health = builder.Services.AddHealthChecks();
        foreach (var cluster in config.Clusters.Values.Where(c => c.HealthCheck.Enabled))
        {
            health.Add(new HealthCheckRegistration(
                cluster.Id,
                services => new ClusterHealthCheck(cluster, services.GetRequiredService<ProxyHttpClient>(), services.GetRequiredService<ServiceEndpointResolver>()),
                HealthStatus.Unhealthy,
                ["ready", "cluster"],
                cluster.HealthCheck.Timeout + TimeSpan.FromSeconds(1)));
        }
        return builder;
    }

    /// <summary>Maps every configured route as an endpoint, so ASP.NET Core routing's precedence (and each route's Order) picks the route.</summary>
    public static IEndpointRouteBuilder MapReverseProxy(this IEndpointRouteBuilder endpoints)
    {
        var config = endpoints.ServiceProvider.GetRequiredService<ProxyConfig>();
        var forwarder = endpoints.ServiceProvider.GetRequiredService<HttpForwarder>();
        foreach (var route in config.Routes)
        {
            var proxied = route;
            RequestDelegate forward = context => forwarder.ForwardAsync(context, proxied);
            var endpoint = route.Methods is { Count: > 0 } methods
                ? endpoints.MapMethods(route.Path, methods, forward)
                : endpoints.Map(route.Path, forward);
            endpoint.WithDisplayName($"proxy {route.Id}").WithMetadata(route);
            if (route.Order is { } order)
            {
                endpoint.Add(e => ((RouteEndpointBuilder)e).Order = order);
            }
        }
        return endpoints;
    }

    public static IApplicationBuilder UseRequestId(this IApplicationBuilder app) => app.UseMiddleware<RequestIdMiddleware>();
}
