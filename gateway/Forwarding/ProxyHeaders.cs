namespace AiVideo.Gateway.Forwarding;

/// <summary>Which headers stay at this hop (RFC 9110 §7.6.1) and which belong on an HTTP content object.</summary>
internal static class ProxyHeaders
{
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Proxy-Connection", "Proxy-Authenticate", "Proxy-Authorization",
        "TE", "Trailer", "Transfer-Encoding", "Upgrade", "Expect",
        // Trace context is set afresh by the outgoing call's own activity, a child of this request's.
        "traceparent", "tracestate", "baggage", "Request-Id", "Correlation-Context",
    };

    private static readonly HashSet<string> Content = new(StringComparer.OrdinalIgnoreCase)
    {
        "Content-Type", "Content-Length", "Content-Encoding", "Content-Language", "Content-Location",
        "Content-MD5", "Content-Range", "Content-Disposition", "Expires", "Last-Modified", "Allow",
    };

    /// <summary>Hop-by-hop headers, plus any header the Connection header names.</summary>
    public static bool IsHopByHop(string name, IHeaderDictionary headers) =>
        HopByHop.Contains(name) || headers.Connection.Any(value => value is not null &&
            value.Split(',', StringSplitOptions.TrimEntries).Contains(name, StringComparer.OrdinalIgnoreCase));

    public static bool IsHopByHop(string name) => HopByHop.Contains(name);

    public static bool IsContentHeader(string name) => Content.Contains(name);
}
