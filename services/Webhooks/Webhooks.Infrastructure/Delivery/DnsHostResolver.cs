using System.Net;
using AiVideo.Webhooks.Application.Destinations;

namespace AiVideo.Webhooks.Infrastructure.Delivery;

/// <summary>Resolves host names with the system resolver (DNS).</summary>
public sealed class DnsHostResolver : IHostResolver
{
    public async Task<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken cancellationToken) =>
        await Dns.GetHostAddressesAsync(host, cancellationToken);
}
