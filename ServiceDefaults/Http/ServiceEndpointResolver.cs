using System.Collections.Concurrent;
using Microsoft.Extensions.Primitives;

namespace AiVideo.ServiceDefaults.Http;

/// <summary>
/// Service discovery by configuration, as Aspire does it: <c>http://identity-api/x</c> becomes the address in
/// <c>services:identity-api:http:0</c> (several indexes are used in turn). A name without an entry is left for DNS
/// to resolve, which is how Kubernetes Services are reached. <c>https+http://name</c> prefers https and falls back to http.
/// Lookups are cached (reading a configuration section walks every provider) and the cache is dropped when configuration reloads.
/// </summary>
public sealed class ServiceEndpointResolver
{
    private readonly IConfiguration _configuration;
    private readonly ConcurrentDictionary<(string Host, string Scheme), Endpoints> _cache = new();

    public ServiceEndpointResolver(IConfiguration configuration)
    {
        _configuration = configuration;
        ChangeToken.OnChange(configuration.GetReloadToken, _cache.Clear);
    }

    public Uri Resolve(Uri uri)
    {
        if (!uri.IsAbsoluteUri || uri.HostNameType != UriHostNameType.Dns || uri.Host.Contains('.'))
        {
            return uri;
        }

        var endpoints = _cache.GetOrAdd((uri.Host, uri.Scheme), Lookup);
        if (endpoints.Addresses.Length == 0)
        {
            return uri.Scheme.Contains('+') ? new UriBuilder(uri) { Scheme = Uri.UriSchemeHttps }.Uri : uri;
        }

        var endpoint = endpoints.Next();
        return new UriBuilder(uri) { Scheme = endpoint.Scheme, Host = endpoint.Host, Port = endpoint.Port }.Uri;
    }

    private Endpoints Lookup((string Host, string Scheme) key)
    {
        foreach (var scheme in key.Scheme.Split('+'))
        {
            var addresses = _configuration.GetSection($"services:{key.Host}:{scheme}").GetChildren()
                .Select(child => child.Value)
                .Where(value => !string.IsNullOrWhiteSpace(value))
                .Select(value => new Uri(value!))
                .ToArray();
            if (addresses.Length > 0)
            {
                return new Endpoints(addresses);
            }
        }
        return new Endpoints([]);
    }

    /// <summary>The configured addresses of one name, handed out in turn.</summary>
    private sealed class Endpoints(Uri[] addresses)
    {
        private int _turn = -1;

        public Uri[] Addresses { get; } = addresses;

        public Uri Next() => Addresses.Length == 1
            ? Addresses[0]
            : Addresses[(int)((uint)Interlocked.Increment(ref _turn) % (uint)Addresses.Length)];
    }
}
