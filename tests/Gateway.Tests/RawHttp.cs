using System.Net.Sockets;
using System.Text;

namespace AiVideo.Gateway.Tests;

/// <summary>Sends a request exactly as written and returns the body of the answer (the request should say Connection: close).</summary>
public static class RawHttp
{
    public static async Task<string> SendAsync(Uri server, string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var body = response[(response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
        return body[body.IndexOf('{')..(body.LastIndexOf('}') + 1)];
    }
}
