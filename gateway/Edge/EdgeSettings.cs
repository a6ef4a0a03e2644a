namespace AiVideo.Gateway.Edge;

/// <summary>Section <c>Gateway</c>: what the edge trusts and what it keeps from the services.</summary>
public sealed class EdgeSettings
{
    public const string SectionName = "Gateway";

    /// <summary>Proxies in front of the gateway (CIDR, e.g. the ingress controller's network) whose X-Forwarded-For names the client; none by default.</summary>
    public List<string> TrustedProxies { get; set; } = [];

    /// <summary>Request headers a client may send that no service should believe: removed before forwarding.</summary>
    public List<string> StrippedRequestHeaders { get; set; } =
    [
        "X-User-Id", "X-User-Email", "X-Company-Id", "X-Role", "X-Roles", "X-Scope", "X-Client-Id", "X-Api-Key-Id",
        "X-Forwarded-User", "X-Forwarded-Email", "X-Authenticated-User", "X-Auth-Request-User", "X-Remote-User", "Remote-User",
    ];

    /// <summary>How long an exchanged API key (or a refused one) is remembered: at most a minute, so a revoked key stops working within it.</summary>
    public int ApiKeyCacheSeconds { get; set; } = 60;

    /// <summary>Origins allowed to call the API from a browser (CORS); none by default.</summary>
    public List<string> CorsOrigins { get; set; } = [];
}
