using Yarp.ReverseProxy.Configuration;

namespace AiVideo.Gateway.Proxy;

/// <summary>
/// A route that names a cluster the configuration does not have is a mistake YARP would only report as a 503 at run
/// time: refuse the configuration at start-up instead, saying which route and cluster.
/// </summary>
internal sealed class ClusterReferenceCheck : IProxyConfigFilter
{
    public ValueTask<ClusterConfig> ConfigureClusterAsync(ClusterConfig cluster, CancellationToken cancel) => ValueTask.FromResult(cluster);

    public ValueTask<RouteConfig> ConfigureRouteAsync(RouteConfig route, ClusterConfig? cluster, CancellationToken cancel) =>
        cluster is null && route.ClusterId is not null
            ? throw new InvalidOperationException($"Route '{route.RouteId}' names cluster '{route.ClusterId}', which is not configured.")
            : ValueTask.FromResult(route);
}
