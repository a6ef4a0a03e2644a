using System.Net;
using System.Net.Sockets;
using AiVideo.Webhooks.Application.Destinations;

namespace AiVideo.Webhooks.Infrastructure.Delivery;

/// <summary>
/// The <see cref="SocketsHttpHandler.ConnectCallback"/> of delivery connections: resolves the host at connection time
/// (DNS may have changed since the endpoint was saved), keeps only the addresses <see cref="DestinationPolicy"/> allows,
/// and connects to the first of them that answers. The socket is opened to that checked address, so nothing resolves
/// the name again between the check and the connection.
/// </summary>
public sealed class GuardedConnector(DestinationPolicy policy, IHostResolver resolver)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await resolver.ResolveAsync(host, cancellationToken);
        var allowed = addresses.Where(policy.Allows).ToList();
        if (allowed.Count == 0)
        {
            throw new DestinationRefusedException(addresses.Count == 0
                ? $"{host} resolves to no address."
                : $"{host} resolves only to addresses webhooks may not go to ({string.Join(", ", addresses.Select(a => policy.Classify(a)).Distinct())}).");
        }

        Exception? last = null;
        foreach (var address in allowed)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException exception)
            {
                socket.Dispose();
                last = exception;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw last!;
    }
}
