using System.Text.RegularExpressions;

namespace AiVideo.Gateway.Transforms;

/// <summary><c>PathPattern</c>: builds the path from a template filled with the route's values, e.g. <c>/api/{**catch-all}</c>.</summary>
public sealed partial class PathPatternTransform(string pattern) : IRequestTransform
{
    public void Apply(RequestTransformContext context)
    {
        var values = context.HttpContext.Request.RouteValues;
        var path = Parameter().Replace(pattern, match =>
            values.TryGetValue(match.Groups["name"].Value, out var value) ? Convert.ToString(value) ?? "" : "");
        context.Path = new PathString("/" + MultipleSlashes().Replace(path, "/").Trim('/'));
    }

    [GeneratedRegex(@"\{\*{0,2}(?<name>[^}:=?]+)[^}]*\}")]
    private static partial Regex Parameter();

    [GeneratedRegex("/{2,}")]
    private static partial Regex MultipleSlashes();
}
