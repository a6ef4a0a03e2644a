namespace AiVideo.Gateway.Configuration;

/// <summary>A route: which requests (<see cref="Match"/>) go to which cluster, and how they are transformed on the way.</summary>
public sealed class RouteConfig
{
    public string? ClusterId { get; set; }

    public RouteMatch Match { get; set; } = new();

    /// <summary>Lower runs first among routes that match equally well (ASP.NET Core routing's order).</summary>
    public int? Order { get; set; }

    /// <summary>The largest request body in bytes; -1 for no limit; unset keeps the server's default (30 MB).</summary>
    public long? MaxRequestBodySize { get; set; }

    /// <summary>YARP-style transforms, each a small dictionary such as <c>{ "PathRemovePrefix": "/openapi/identity" }</c>.</summary>
    public List<Dictionary<string, string>> Transforms { get; set; } = [];
}
