using System.Net;

namespace AiVideo.Webhooks.Application.Destinations;

/// <summary>Resolves a host name to its addresses (DNS in production; a fixed table in tests).</summary>
public interface IHostResolver
{
    /// <summary>The host's addresses; empty when it has none. Throws <see cref="System.Net.Sockets.SocketException"/> when resolution fails.</summary>
    Task<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken cancellationToken);
}
