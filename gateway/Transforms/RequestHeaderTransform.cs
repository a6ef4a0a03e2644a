namespace AiVideo.Gateway.Transforms;

/// <summary><c>RequestHeader</c> with <c>Set</c> or <c>Append</c>: adds a header to the request sent upstream.</summary>
public sealed class RequestHeaderTransform(string name, string value, bool append) : IRequestTransform
{
    public void Apply(RequestTransformContext context)
    {
        var headers = context.ProxyRequest.Headers;
        if (!append)
        {
            headers.Remove(name);
            context.ProxyRequest.Content?.Headers.Remove(name);
        }
        if (!headers.TryAddWithoutValidation(name, value))
        {
            context.ProxyRequest.Content?.Headers.TryAddWithoutValidation(name, value);
        }
    }
}
