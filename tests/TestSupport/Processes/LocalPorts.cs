using System.Net;
using System.Net.Sockets;

namespace AiVideo.Testing.Processes;

/// <summary>Loopback ports for throwaway servers.</summary>
public static class LocalPorts
{
    /// <summary>A loopback port nothing listens on, below the ephemeral range, not handed out before in this process.</summary>
    public static int GetFree() => AppHost.Local.FreePorts.Next();

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
