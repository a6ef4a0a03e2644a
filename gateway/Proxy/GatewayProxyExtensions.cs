using AiVideo.Gateway.Health;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Transforms;

namespace AiVideo.Gateway.Proxy;

public static class GatewayProxyExtensions
{
    public const string SectionName = "ReverseProxy";

    /// <summary>
    /// YARP from the <c>ReverseProxy</c> section, with destinations such as <c>http://media-api</c> resolved by service
    /// discovery; <c>X-Forwarded-For</c> appended to (services trust only the last hop), <c>-Proto</c> and <c>-Host</c>
    /// set; headers the client's <c>Connection</c> header names kept at this hop; and a health check per cluster.
    /// </summary>
    public static IHostApplicationBuilder AddGatewayProxy(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(SectionName);
        builder.Services.AddReverseProxy()
            .LoadFromConfig(section)
            .AddConfigFilter<RouteDefaults>()
            .AddServiceDiscoveryDestinationResolver()
            .AddTransforms(context =>
            {
                context.UseDefaultForwarders = false;
                context.AddXForwardedFor(action: ForwardedTransformActions.Append);
                context.AddXForwardedProto(action: ForwardedTransformActions.Set);
                context.AddXForwardedHost(action: ForwardedTransformActions.Set);
                context.AddRequestTransform(ConnectionHeaders.RemoveFromRequestAsync);
                context.AddRequestTransform(context.Services.GetRequiredService<Edge.ForwardedCredentials>().ApplyAsync);
                context.AddResponseTransform(ConnectionHeaders.RemoveFromResponseAsync);
            });

        builder.Services.AddSingleton<IForwarderHttpClientFactory, UpstreamClientFactory>();
        builder.Services.AddSingleton<ClusterProbe>();
        var health = builder.Services.AddHealthChecks();
        foreach (var cluster in section.GetSection("Clusters").GetChildren())
        {
            if (cluster.GetValue<bool?>("HealthCheck:Active:Enabled") == false)
            {
                continue;
            }
            var id = cluster.Key;
            health.Add(new HealthCheckRegistration(id,
                services => ActivatorUtilities.CreateInstance<ClusterHealthCheck>(services, id),
                HealthStatus.Unhealthy, ["ready", "cluster"]));
        }
        return builder;
    }

    /// <summary>
    /// Maps the proxy. The upstream's own error answers pass through untouched; failures of the forwarding itself (no
    /// destination, refused, silent, a body over the route's limit) become problem+json.
    /// </summary>
    public static IEndpointRouteBuilder MapGatewayProxy(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapReverseProxy(proxy =>
        {
            proxy.Use((context, next) =>
            {
                if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
                {
                    statusCodePages.Enabled = false;
                }
                return next(context);
            });
            proxy.UseMiddleware<ForwardingProblems>();
        });
        return endpoints;
    }

    public static IApplicationBuilder UseRequestId(this IApplicationBuilder app) => app.UseMiddleware<RequestIdMiddleware>();
}
