using AiVideo.Webhooks.Application.Destinations;

namespace AiVideo.Webhooks.Infrastructure.Delivery;

/// <summary>
/// The one HTTP client deliveries go through. It is deliberately not an <see cref="IHttpClientFactory"/> client: those
/// get the service defaults' retries (an attempt must be one request; the schedule retries) and service discovery (a
/// customer URL must never be rewritten to an internal service). Connections go through <see cref="GuardedConnector"/>,
/// redirects are not followed, no proxy or cookies are used, and pooled connections are renewed every minute so a
/// changed DNS answer is checked again.
/// </summary>
public sealed class WebhookHttpClient : IDisposable
{
    public WebhookHttpClient(GuardedConnector connector, IOptions<WebhooksOptions> options)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = connector.ConnectAsync,
            ConnectTimeout = options.Value.Delivery.Timeout,
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = System.Net.DecompressionMethods.None,
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
        };
        Client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        Client.DefaultRequestHeaders.UserAgent.ParseAdd("AiVideo-Webhooks/1.0");
    }

    public HttpClient Client { get; }

    public void Dispose() => Client.Dispose();
}
