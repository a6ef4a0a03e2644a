using System.Net;

namespace AiVideo.Gateway.Health;

/// <summary>The connection pool the cluster health checks probe the services with: no proxy, no redirects, no retries.</summary>
internal sealed class ClusterProbe : IDisposable
{
    public HttpMessageInvoker Invoker { get; } = new(new SocketsHttpHandler
    {
        UseProxy = false,
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
        ConnectTimeout = TimeSpan.FromSeconds(5),
        ActivityHeadersPropagator = null,
    });

    public void Dispose() => Invoker.Dispose();
}
