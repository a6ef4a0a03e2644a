using AiVideo.Gateway.Transforms;

namespace AiVideo.Gateway.Configuration;

/// <summary>The routes and clusters built from <see cref="ReverseProxyOptions"/>; every mistake in the section is reported at start-up.</summary>
public sealed class ProxyConfig
{
    private ProxyConfig(IReadOnlyList<ProxyRoute> routes, IReadOnlyDictionary<string, ProxyCluster> clusters)
    {
        Routes = routes;
        Clusters = clusters;
    }

    public IReadOnlyList<ProxyRoute> Routes { get; }

    public IReadOnlyDictionary<string, ProxyCluster> Clusters { get; }

    public static ProxyConfig Build(ReverseProxyOptions options)
    {
        var errors = new List<string>();
        var clusters = new Dictionary<string, ProxyCluster>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, cluster) in options.Clusters)
        {
            var destinations = new List<Uri>();
            foreach (var (name, destination) in cluster.Destinations)
            {
                if (Uri.TryCreate(destination.Address, UriKind.Absolute, out var address) && address.Scheme is "http" or "https")
                {
                    destinations.Add(address);
                }
                else
                {
                    errors.Add($"Cluster '{id}' destination '{name}' has no valid http(s) Address ('{destination.Address}').");
                }
            }
            clusters[id] = new ProxyCluster(id, destinations, cluster);
        }

        var routes = new List<ProxyRoute>();
        foreach (var (id, route) in options.Routes)
        {
            if (string.IsNullOrWhiteSpace(route.Match.Path) || !route.Match.Path.StartsWith('/'))
            {
                errors.Add($"Route '{id}' needs Match.Path, a route template starting with '/'.");
                continue;
            }
            if (route.ClusterId is null || !clusters.TryGetValue(route.ClusterId, out var cluster))
            {
                errors.Add($"Route '{id}' names cluster '{route.ClusterId}', which is not configured.");
                continue;
            }

            var requestTransforms = new List<IRequestTransform>();
            var responseTransforms = new List<IResponseTransform>();
            foreach (var transform in route.Transforms)
            {
                try
                {
                    switch (TransformFactory.Create(transform))
                    {
                        case IRequestTransform request:
                            requestTransforms.Add(request);
                            break;
                        case IResponseTransform response:
                            responseTransforms.Add(response);
                            break;
                    }
                }
                catch (Exception exception) when (exception is ArgumentException or FormatException)
                {
                    errors.Add($"Route '{id}': {exception.Message}");
                }
            }
            routes.Add(new ProxyRoute(id, route.Match.Path, route.Match.Methods, route.Order, route.MaxRequestBodySize, cluster,
                requestTransforms, responseTransforms));
        }

        if (errors.Count > 0)
        {
            throw new OptionsValidationException(ReverseProxyOptions.SectionName, typeof(ReverseProxyOptions), errors);
        }
        return new ProxyConfig(routes, clusters);
    }
}
