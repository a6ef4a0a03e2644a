namespace AiVideo.Gateway.Transforms;

/// <summary><c>RequestHeaderOriginalHost: true</c>: the client's Host header goes upstream instead of the destination's.</summary>
public sealed class RequestHeaderOriginalHostTransform(bool useOriginal) : IRequestTransform
{
    public void Apply(RequestTransformContext context) => context.UseOriginalHost = useOriginal;
}
