using System.Net;
using System.Net.Sockets;

namespace AiVideo.Testing.Processes;

/// <summary>Loopback ports for throwaway servers.</summary>
public static class LocalPorts
{
    /// <summary>A port nothing listens on right now (the kernel's choice of an ephemeral port).</summary>
    public static int GetFree()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static bool IsListening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Waits until nothing listens on the port (a stopped server has released it).</summary>
    public static async Task<bool> WaitUntilFreeAsync(int port, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (IsListening(port))
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }
            await Task.Delay(50);
        }
        return true;
    }
}
