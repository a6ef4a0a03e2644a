namespace AiVideo.Gateway.Transforms;

public interface IResponseTransform
{
    void Apply(HttpContext context, HttpResponseMessage upstreamResponse);
}
