using System.Net;
using System.Net.Sockets;

namespace AiVideo.AppHost.Local;

/// <summary>
/// Free loopback ports for servers that are told their port before they start (the AppHost's resources, the tests'
/// throwaway servers). Asking the kernel for port 0 and letting it go is not enough: the kernel hands the same ephemeral
/// ports to outgoing connections, and to the next bind, so a port chosen that way can be in use by the time its server
/// binds it (RabbitMQ once got the port just handed to epmd). These come from below the ephemeral range, at random,
/// never twice in one process, and each is bound once to prove nothing listens on it. (Compiled into tests/TestSupport
/// too, as a link: one algorithm for both.)
/// </summary>
internal static class FreePorts
{
    private const int Lowest = 10_000;
    private const int DefaultEphemeralStart = 32_768;
    private static readonly HashSet<int> HandedOut = [];
    private static readonly Lock Gate = new();

    public static int Next()
    {
        var highest = EphemeralStart() - 1;
        lock (Gate)
        {
            for (var attempt = 0; attempt < 1_000; attempt++)
            {
                var port = Random.Shared.Next(Lowest, highest + 1);
                if (!HandedOut.Contains(port) && CanBind(port))
                {
                    HandedOut.Add(port);
                    return port;
                }
            }
        }
        throw new InvalidOperationException($"No free loopback port between {Lowest} and {highest}.");
    }

    private static bool CanBind(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>The first port of the kernel's ephemeral range (Linux: <c>net.ipv4.ip_local_port_range</c>).</summary>
    private static int EphemeralStart()
    {
        const string range = "/proc/sys/net/ipv4/ip_local_port_range";
        return File.Exists(range)
            && int.TryParse(File.ReadAllText(range).Split((char[])['\t', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries)[0], out var start)
            && start > Lowest + 1_000
            ? start
            : DefaultEphemeralStart;
    }
}
