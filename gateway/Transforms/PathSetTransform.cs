namespace AiVideo.Gateway.Transforms;

/// <summary><c>PathSet</c>: replaces the path.</summary>
public sealed class PathSetTransform(PathString path) : IRequestTransform
{
    public void Apply(RequestTransformContext context) => context.Path = path;
}
