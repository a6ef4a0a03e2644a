namespace AiVideo.Gateway.Configuration;

/// <summary>An ASP.NET Core route template (e.g. <c>/api/projects/{**catch-all}</c>) and optionally the HTTP methods it takes.</summary>
public sealed class RouteMatch
{
    public string? Path { get; set; }

    public List<string>? Methods { get; set; }
}
