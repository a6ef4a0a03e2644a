namespace AiVideo.Gateway.Transforms;

/// <summary><c>RequestHeaderRemove</c>: the header is not sent upstream.</summary>
public sealed class RequestHeaderRemoveTransform(string name) : IRequestTransform
{
    public void Apply(RequestTransformContext context)
    {
        context.ProxyRequest.Headers.Remove(name);
        context.ProxyRequest.Content?.Headers.Remove(name);
    }
}
