using System.Net;

namespace AiVideo.Gateway.Forwarding;

/// <summary>
/// The one connection pool the gateway uses upstream: no proxy, no redirects, no cookies, no decompression (bodies pass
/// through as they are), pooled keep-alive connections. The handler's own diagnostics propagate the trace context.
/// </summary>
public sealed class ProxyHttpClient : IDisposable
{
    public HttpMessageInvoker Invoker { get; } = new(new SocketsHttpHandler
    {
        UseProxy = false,
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
        UseCookies = false,
        ConnectTimeout = TimeSpan.FromSeconds(10),
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
        EnableMultipleHttp2Connections = true,
    });

    public void Dispose() => Invoker.Dispose();
}
