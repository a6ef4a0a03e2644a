using Microsoft.Net.Http.Headers;
using Yarp.ReverseProxy.Transforms;

namespace AiVideo.Gateway.Proxy;

/// <summary>
/// Headers a <c>Connection</c> header names belong to this hop only (RFC 9110 §7.6.1). YARP drops the standard hop-by-hop
/// headers itself, but passes on the extra ones a client or an upstream lists there; these transforms keep them back.
/// </summary>
internal static class ConnectionHeaders
{
    public static ValueTask RemoveFromRequestAsync(RequestTransformContext context)
    {
        foreach (var name in Listed(context.HttpContext.Request.Headers.Connection))
        {
            context.ProxyRequest.Headers.Remove(name);
            context.ProxyRequest.Content?.Headers.Remove(name);
        }
        return ValueTask.CompletedTask;
    }

    public static ValueTask RemoveFromResponseAsync(ResponseTransformContext context)
    {
        if (context.ProxyResponse?.Headers.NonValidated.TryGetValues(HeaderNames.Connection, out var listed) == true)
        {
            foreach (var name in Listed(listed.ToArray()))
            {
                context.HttpContext.Response.Headers.Remove(name);
            }
        }
        return ValueTask.CompletedTask;
    }

    private static IEnumerable<string> Listed(IEnumerable<string?> values) =>
        values.SelectMany(value => (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
}
