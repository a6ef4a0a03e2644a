using System.Collections.Concurrent;

namespace AiVideo.ServiceDefaults.Http;

/// <summary>
/// Service discovery by configuration, as Aspire does it: <c>http://identity-api/x</c> becomes the address in
/// <c>services:identity-api:http:0</c> (several indexes are used in turn). A name without an entry is left for DNS
/// to resolve, which is how Kubernetes Services are reached. <c>https+http://name</c> prefers https and falls back to http.
/// </summary>
public sealed class ServiceEndpointResolver(IConfiguration configuration)
{
    private readonly ConcurrentDictionary<string, int> _turns = new(StringComparer.OrdinalIgnoreCase);

    public Uri Resolve(Uri uri)
    {
        if (!uri.IsAbsoluteUri || uri.HostNameType != UriHostNameType.Dns || uri.Host.Contains('.'))
        {
            return uri;
        }

        foreach (var scheme in CandidateSchemes(uri.Scheme))
        {
            var endpoints = configuration.GetSection($"services:{uri.Host}:{scheme}").GetChildren()
                .Select(child => child.Value)
                .Where(value => !string.IsNullOrWhiteSpace(value))
                .ToArray();
            if (endpoints.Length == 0)
            {
                continue;
            }

            var turn = _turns.AddOrUpdate(uri.Host, 0, (_, previous) => unchecked(previous + 1));
            var endpoint = new Uri(endpoints[(int)((uint)turn % endpoints.Length)]!);
            return new UriBuilder(uri) { Scheme = endpoint.Scheme, Host = endpoint.Host, Port = endpoint.Port }.Uri;
        }

        return uri.Scheme.Contains('+') ? new UriBuilder(uri) { Scheme = Uri.UriSchemeHttps }.Uri : uri;
    }

    private static IEnumerable<string> CandidateSchemes(string scheme) => scheme.Split('+');
}
