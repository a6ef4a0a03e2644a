namespace AiVideo.Gateway.Transforms;

/// <summary><c>PathPrefix</c>: puts a prefix in front of the path.</summary>
public sealed class PathPrefixTransform(PathString prefix) : IRequestTransform
{
    public void Apply(RequestTransformContext context) => context.Path = prefix.Add(context.Path);
}
