namespace AiVideo.Gateway.Transforms;

/// <summary><c>PathRemovePrefix</c>: <c>/openapi/identity/v1.json</c> with prefix <c>/openapi/identity</c> goes upstream as <c>/v1.json</c>.</summary>
public sealed class PathRemovePrefixTransform(PathString prefix) : IRequestTransform
{
    public void Apply(RequestTransformContext context)
    {
        if (context.Path.StartsWithSegments(prefix, out var remainder))
        {
            context.Path = remainder.HasValue ? remainder : "/";
        }
    }
}
