using System.Net;
using System.Net.Sockets;

namespace AiVideo.AppHost.Local;

/// <summary>Loopback ports for resources whose endpoints DCP does not proxy.</summary>
public static class LocalPorts
{
    /// <summary>The configured port, or a free one when it is 0.</summary>
    public static int OrFree(int configured) => configured > 0 ? configured : GetFree();

    public static int GetFree()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
