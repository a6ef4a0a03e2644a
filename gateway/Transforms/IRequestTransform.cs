namespace AiVideo.Gateway.Transforms;

public interface IRequestTransform
{
    void Apply(RequestTransformContext context);
}
