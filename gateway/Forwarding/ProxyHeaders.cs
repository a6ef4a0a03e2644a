namespace AiVideo.Gateway.Forwarding;

/// <summary>Which headers stay at this hop (RFC 9110 §7.6.1) and which belong on an HTTP content object.</summary>
internal static class ProxyHeaders
{
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Proxy-Connection", "Proxy-Authenticate", "Proxy-Authorization",
        "TE", "Trailer", "Transfer-Encoding", "Upgrade", "Expect",
    };

    /// <summary>When the gateway traces, the outgoing call's own activity (a child of this request's) sets these afresh.</summary>
    private static readonly HashSet<string> TraceContext = new(StringComparer.OrdinalIgnoreCase)
    {
        "traceparent", "tracestate", "baggage", "Request-Id", "Correlation-Context",
    };

    private static readonly HashSet<string> Content = new(StringComparer.OrdinalIgnoreCase)
    {
        "Content-Type", "Content-Length", "Content-Encoding", "Content-Language", "Content-Location",
        "Content-MD5", "Content-Range", "Content-Disposition", "Expires", "Last-Modified", "Allow",
    };

    /// <summary>Hop-by-hop headers, any header the Connection header names, and trace context when it is set afresh.</summary>
    public static bool IsHopByHop(string name, IHeaderDictionary headers, bool traceContextIsSetAfresh) =>
        HopByHop.Contains(name) || (traceContextIsSetAfresh && TraceContext.Contains(name))
        || (headers.Connection.Count > 0 && headers.Connection.Any(value => value is not null && Lists(value, name)));

    public static bool IsHopByHop(string name) => HopByHop.Contains(name);

    /// <summary>Whether a comma-separated header value (such as Connection) names the header.</summary>
    public static bool Lists(string value, string name)
    {
        foreach (var token in value.Split(',', StringSplitOptions.TrimEntries))
        {
            if (token.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    public static bool IsContentHeader(string name) => Content.Contains(name);
}
