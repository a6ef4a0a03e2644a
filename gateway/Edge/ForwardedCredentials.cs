using Microsoft.Net.Http.Headers;
using Yarp.ReverseProxy.Transforms;

namespace AiVideo.Gateway.Edge;

/// <summary>
/// What a service receives about the caller: an API key is replaced by the token it was exchanged for, and headers a
/// client could use to pose as someone (<c>Gateway:StrippedRequestHeaders</c>) never leave the gateway.
/// </summary>
internal sealed class ForwardedCredentials(IOptions<EdgeSettings> settings)
{
    public ValueTask ApplyAsync(RequestTransformContext context)
    {
        var headers = context.ProxyRequest.Headers;
        headers.Remove(ApiKeyAuthentication.HeaderName);
        foreach (var name in settings.Value.StrippedRequestHeaders)
        {
            headers.Remove(name);
        }
        if (context.HttpContext.Items[typeof(ApiKeyGrant)] is ApiKeyGrant grant)
        {
            headers.Remove(HeaderNames.Authorization);
            headers.TryAddWithoutValidation(HeaderNames.Authorization, $"Bearer {grant.AccessToken}");
        }
        return ValueTask.CompletedTask;
    }
}
