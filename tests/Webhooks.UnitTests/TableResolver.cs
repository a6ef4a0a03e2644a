using System.Net.Sockets;
using AiVideo.Webhooks.Application.Destinations;

namespace AiVideo.Webhooks.UnitTests;

/// <summary>A resolver with a fixed table of names (what a DNS server would answer), changeable to play DNS rebinding.</summary>
internal sealed class TableResolver : IHostResolver
{
    private readonly Dictionary<string, IPAddress[]> _names = new(StringComparer.OrdinalIgnoreCase);

    public TableResolver Add(string host, params string[] addresses)
    {
        _names[host] = addresses.Select(IPAddress.Parse).ToArray();
        return this;
    }

    public int Lookups { get; private set; }

    public Task<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        Lookups++;
        return _names.TryGetValue(host, out var addresses)
            ? Task.FromResult<IReadOnlyList<IPAddress>>(addresses)
            : Task.FromException<IReadOnlyList<IPAddress>>(new SocketException((int)SocketError.HostNotFound));
    }
}
