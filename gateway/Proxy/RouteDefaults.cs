using AiVideo.Gateway.Edge;
using Yarp.ReverseProxy.Configuration;

namespace AiVideo.Gateway.Proxy;

/// <summary>
/// Secure by default: a route that names no <c>AuthorizationPolicy</c> takes the <c>default</c> one (a valid token or API
/// key); anonymous routes say so (<c>"AuthorizationPolicy": "anonymous"</c>). A route that names a cluster the
/// configuration does not have is a mistake YARP would only report as a 503 at run time: refused at start-up instead.
/// </summary>
internal sealed class RouteDefaults : IProxyConfigFilter
{
    public ValueTask<ClusterConfig> ConfigureClusterAsync(ClusterConfig cluster, CancellationToken cancel) => ValueTask.FromResult(cluster);

    public ValueTask<RouteConfig> ConfigureRouteAsync(RouteConfig route, ClusterConfig? cluster, CancellationToken cancel)
    {
        if (cluster is null && route.ClusterId is not null)
        {
            throw new InvalidOperationException($"Route '{route.RouteId}' names cluster '{route.ClusterId}', which is not configured.");
        }
        return ValueTask.FromResult(string.IsNullOrEmpty(route.AuthorizationPolicy) ? route with { AuthorizationPolicy = EdgePolicies.Default } : route);
    }
}
