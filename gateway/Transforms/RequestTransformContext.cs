namespace AiVideo.Gateway.Transforms;

/// <summary>What a request transform may change: the path sent upstream and the outgoing request's headers.</summary>
public sealed class RequestTransformContext(HttpContext httpContext, HttpRequestMessage proxyRequest)
{
    public HttpContext HttpContext { get; } = httpContext;

    public HttpRequestMessage ProxyRequest { get; } = proxyRequest;

    public PathString Path { get; set; } = httpContext.Request.Path;

    /// <summary>Whether the client's Host header is sent upstream instead of the destination's.</summary>
    public bool UseOriginalHost { get; set; }
}
