using System.Net.Sockets;
using AiVideo.Webhooks.Application.Destinations;

namespace AiVideo.Webhooks.FunctionalTests.Support;

/// <summary>
/// Name resolution from a fixed table, standing in for a DNS server the tests cannot run: host names that resolve to
/// addresses inside a network (loopback, metadata, private IPv6 and IPv4-mapped forms) as an attacker's DNS would answer.
/// </summary>
public sealed class DnsTable : IHostResolver
{
    private readonly Dictionary<string, IPAddress[]> _names = new(StringComparer.OrdinalIgnoreCase);

    public DnsTable Add(string host, params string[] addresses)
    {
        _names[host] = addresses.Select(IPAddress.Parse).ToArray();
        return this;
    }

    public Task<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken cancellationToken) =>
        _names.TryGetValue(host, out var addresses)
            ? Task.FromResult<IReadOnlyList<IPAddress>>(addresses)
            : Task.FromException<IReadOnlyList<IPAddress>>(new SocketException((int)SocketError.HostNotFound));
}
