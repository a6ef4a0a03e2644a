namespace AiVideo.Gateway.Transforms;

/// <summary><c>ResponseHeader</c> with <c>Set</c> or <c>Append</c>, and <c>When</c> = <c>Success</c> (default) or <c>Always</c>.</summary>
public sealed class ResponseHeaderTransform(string name, string value, bool append, bool always) : IResponseTransform
{
    public void Apply(HttpContext context, HttpResponseMessage upstreamResponse)
    {
        if (!always && !upstreamResponse.IsSuccessStatusCode)
        {
            return;
        }
        var headers = context.Response.Headers;
        headers[name] = append ? Microsoft.Extensions.Primitives.StringValues.Concat(headers[name], value) : value;
    }
}
