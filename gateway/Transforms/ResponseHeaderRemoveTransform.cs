namespace AiVideo.Gateway.Transforms;

/// <summary><c>ResponseHeaderRemove</c>: the upstream's header is not passed to the client.</summary>
public sealed class ResponseHeaderRemoveTransform(string name) : IResponseTransform
{
    public void Apply(HttpContext context, HttpResponseMessage upstreamResponse) => context.Response.Headers.Remove(name);
}
